package dev.spacetime.io.exercise;

import dev.spacetime.exercise.Answer;
import dev.spacetime.exercise.Difficulty;
import dev.spacetime.exercise.Exercise;
import dev.spacetime.exercise.Question;
import dev.spacetime.exercise.QuestionKind;
import dev.spacetime.io.DiagramWriter;
import dev.spacetime.io.JsonText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes an exercise file: a small JSON file a teacher can hand out and the app opens as an exercise.
 * It holds the title, seed and difficulty, the question, the right answer (for the teacher's eye; the
 * reader checks it against the diagram) and the diagram itself in the diagram file format, embedded.
 * Deterministic: the same exercise gives the same bytes.
 */
public final class ExerciseWriter {
    /** What the "format" field of an exercise file says. */
    public static final String FORMAT = "spacetime-exercise";

    private ExerciseWriter() {
    }

    /** The file text of {@code ex}, ending with a newline. */
    public static String toString(Exercise ex) {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"format\": \"").append(FORMAT).append("\",\n  \"version\": 1,\n");
        sb.append("  \"title\": ").append(JsonText.quote(ex.title())).append(",\n");
        sb.append("  \"seed\": ").append(ex.seed()).append(",\n");
        Difficulty d = ex.difficulty();
        if (d != null) {
            sb.append("  \"difficulty\": { \"processes\": ").append(d.processes()).append(", \"events\": ")
                    .append(d.events()).append(", \"messages\": ").append(d.messages()).append(", \"multicasts\": ")
                    .append(d.multicasts()).append(", \"external\": ").append(d.external()).append(" },\n");
        }
        sb.append("  \"question\": ").append(question(ex.question())).append(",\n");
        sb.append("  \"answer\": ").append(answer(ex.answer())).append(",\n");
        String diagram = DiagramWriter.toString(ex.diagram()).stripTrailing();
        sb.append("  \"diagram\": ").append(diagram.replace("\n", "\n  ")).append("\n}\n");
        return sb.toString();
    }

    private static String question(Question q) {
        StringBuilder sb = new StringBuilder("{ \"kind\": \"").append(q.kind().word()).append('"');
        if (!q.marked().isEmpty()) {
            sb.append(", \"marked\": ").append(strings(q.marked()));
        }
        if (q.part() != null) {
            sb.append(", \"part\": \"").append(q.part().word()).append('"');
        }
        if (q.kind() == QuestionKind.LINEARIZATION) {
            sb.append(", \"proposed\": ").append(strings(q.proposed()));
        }
        return sb.append(" }").toString();
    }

    /** The answer as the file spells it; the reader reads it back with {@link ExerciseReader}. */
    static String answer(Answer answer) {
        if (answer instanceof Answer.Lamport l) {
            List<String> parts = new ArrayList<>();
            l.clocks().forEach((id, c) -> parts.add(JsonText.quote(id) + ": " + c));
            return "{ " + String.join(", ", parts) + " }";
        } else if (answer instanceof Answer.Vector v) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, List<Integer>> e : v.clocks().entrySet()) {
                parts.add(JsonText.quote(e.getKey()) + ": " + e.getValue().toString().replace(" ", ""));
            }
            return "{ " + String.join(", ", parts) + " }";
        } else if (answer instanceof Answer.Related r) {
            return "\"" + r.relation().word() + "\"";
        } else if (answer instanceof Answer.Cone c) {
            return strings(c.events());
        } else if (answer instanceof Answer.Order o) {
            return strings(o.events());
        }
        return ((Answer.Possible) answer).possible() ? "\"possible\"" : "\"impossible\"";
    }

    private static String strings(Collection<String> ids) {
        List<String> quoted = new ArrayList<>();
        for (String id : ids) {
            quoted.add(JsonText.quote(id));
        }
        return "[" + String.join(", ", quoted) + "]";
    }
}
