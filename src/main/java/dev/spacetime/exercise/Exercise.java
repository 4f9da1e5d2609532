package dev.spacetime.exercise;

import dev.spacetime.causality.Analysis;
import dev.spacetime.model.Diagram;
import java.util.Objects;

/**
 * One exercise: a diagram with its answers hidden, a question about it, and the seed (and, for a
 * generated diagram, the difficulty) it was made from, so that a class can share it. The right answer
 * is computed from the diagram, never stored apart from it. The diagram is the exercise's own: it is
 * not to be edited.
 *
 * @param seed       the seed the exercise was made from, shown in its title
 * @param difficulty what the diagram was generated for, or null for a teacher's own diagram
 */
public record Exercise(long seed, Difficulty difficulty, Diagram diagram, Question question) {
    public Exercise {
        Objects.requireNonNull(diagram);
        Objects.requireNonNull(question);
        String problem = question.problemWith(diagram);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public QuestionKind kind() {
        return question.kind();
    }

    /** The analysis the answers come from; one linear pass, made afresh each time. */
    public Analysis analysis() {
        return Analysis.of(diagram);
    }

    /** The right answer: what "show answer" shows. */
    public Answer answer() {
        return Answers.of(analysis(), question);
    }

    /** "Lamport clocks · seed 7 · 3 processes, 12 events, 4 messages": the title a class shares. */
    public String title() {
        String from = difficulty != null ? difficulty.describe()
                : diagram.title().isBlank() ? "your diagram" : diagram.title();
        return kind().title().substring(0, 1).toUpperCase() + kind().title().substring(1) + " · seed " + seed + " · "
                + from;
    }

    /** The question as the student reads it. */
    public String questionText() {
        return question.text(diagram);
    }
}
