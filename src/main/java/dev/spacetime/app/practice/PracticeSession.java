package dev.spacetime.app.practice;

import dev.spacetime.exercise.Answer;
import dev.spacetime.exercise.Checker;
import dev.spacetime.exercise.Exercise;
import dev.spacetime.exercise.Hints;
import dev.spacetime.exercise.Marking;
import dev.spacetime.exercise.QuestionKind;
import dev.spacetime.exercise.Relation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One exercise being answered: what the student has given so far (typed clocks, clicked events, a
 * chosen relation or verdict), the marking of the last Check, the last hint, and whether the answer
 * was shown. Each change of the answer is one step that Undo takes back. Plain Java: the window draws
 * it through {@link PracticeMarksOf}.
 */
public final class PracticeSession {
    /** The answer as given so far; the parts other kinds use stay empty. */
    record Given(Map<String, Integer> lamport, Map<String, List<Integer>> vector, Relation relation, Set<String> cone,
            List<String> order, Boolean possible) {
        static Given empty() {
            return new Given(Map.of(), Map.of(), null, Set.of(), List.of(), null);
        }
    }

    private final Exercise exercise;
    private final Deque<Given> undo = new ArrayDeque<>();
    private Given given = Given.empty();
    private Marking marking;
    private String hint;
    private boolean shown;

    public PracticeSession(Exercise exercise) {
        this.exercise = exercise;
    }

    public Exercise exercise() {
        return exercise;
    }

    public QuestionKind kind() {
        return exercise.kind();
    }

    Given given() {
        return given;
    }

    /** The marking of the last Check, or null before the first. */
    public Marking marking() {
        return marking;
    }

    /** The last hint asked for, or null. */
    public String hint() {
        return hint;
    }

    /** Whether the answer was shown: the score then counts for nothing. */
    public boolean shown() {
        return shown;
    }

    /** C or V typed for an event; blank text clears it. @throws IllegalArgumentException saying why the text is no clock */
    public void type(String id, String text) {
        if (kind() != QuestionKind.LAMPORT && kind() != QuestionKind.VECTOR) {
            throw new IllegalArgumentException("this exercise asks for " + kind().title() + ", not for clocks");
        }
        boolean blank = text.isBlank();
        if (kind() == QuestionKind.LAMPORT) {
            Map<String, Integer> m = new LinkedHashMap<>(given.lamport());
            if (blank) {
                m.remove(id);
            } else {
                m.put(id, TypedClock.lamport(text));
            }
            change(new Given(m, given.vector(), null, Set.of(), List.of(), null));
        } else {
            Map<String, List<Integer>> m = new LinkedHashMap<>(given.vector());
            if (blank) {
                m.remove(id);
            } else {
                m.put(id, TypedClock.vector(text, exercise.diagram().processCount()));
            }
            change(new Given(Map.of(), m, null, Set.of(), List.of(), null));
        }
    }

    /** What was typed for an event, as it would be typed again: "5", "[1,0,2]", or "" when blank. */
    public String typed(String id) {
        if (kind() == QuestionKind.LAMPORT) {
            Integer c = given.lamport().get(id);
            return c == null ? "" : Integer.toString(c);
        }
        List<Integer> v = given.vector().get(id);
        return v == null ? "" : TypedClock.vectorText(v);
    }

    /** a → b, b → a or a ‖ b. */
    public void choose(Relation relation) {
        change(new Given(Map.of(), Map.of(), relation, Set.of(), List.of(), null));
    }

    /** Possible or impossible. */
    public void choose(boolean possible) {
        change(new Given(Map.of(), Map.of(), null, Set.of(), List.of(), possible));
    }

    /** A click on an event: a cone's event in or out; an order's next event, or the order cut back to before it. */
    public void click(String id) {
        if (kind() == QuestionKind.CONE) {
            Set<String> s = new LinkedHashSet<>(given.cone());
            if (!s.remove(id)) {
                s.add(id);
            }
            change(new Given(Map.of(), Map.of(), null, s, List.of(), null));
        } else if (kind() == QuestionKind.ORDER) {
            List<String> o = new java.util.ArrayList<>(given.order());
            int at = o.indexOf(id);
            if (at >= 0) {
                o.subList(at, o.size()).clear();
            } else {
                o.add(id);
            }
            change(new Given(Map.of(), Map.of(), null, Set.of(), o, null));
        } else {
            throw new IllegalArgumentException("clicking events does not answer a " + kind().title() + " question");
        }
    }

    /** The answer given so far, or null when a relation or verdict is still to be chosen. */
    public Answer answer() {
        return switch (kind()) {
            case LAMPORT -> new Answer.Lamport(given.lamport());
            case VECTOR -> new Answer.Vector(given.vector());
            case RELATION -> given.relation() == null ? null : new Answer.Related(given.relation());
            case CONE -> new Answer.Cone(given.cone());
            case ORDER -> new Answer.Order(given.order());
            case LINEARIZATION -> given.possible() == null ? null : new Answer.Possible(given.possible());
        };
    }

    /** Marks the answer; null with nothing marked when there is nothing to mark yet (say why with {@link #unanswered}). */
    public Marking check() {
        Answer a = answer();
        marking = a == null ? null : Checker.check(exercise, a);
        return marking;
    }

    /** Why Check has nothing to mark, or null when it has. */
    public String unanswered() {
        return answer() != null ? null : kind() == QuestionKind.RELATION
                ? "choose a → b, b → a or a ‖ b first (keys 1, 2, 3)" : "choose possible or impossible first";
    }

    /** The next hint, one rule at a time: what to look at for the first thing still wrong. */
    public String nextHint() {
        Answer a = answer();
        if (a == null) {
            hint = exercise.kind() == QuestionKind.RELATION
                    ? "a → b when a chain leads from a to b, each step later on the same process or along a message."
                    : "an order could have happened when every event comes after the one before it on its process "
                            + "and after the send of every message it receives.";
        } else {
            String next = Hints.next(exercise, a);
            hint = next == null ? "Nothing to fix: the answer is right." : next;
        }
        return hint;
    }

    /** Fills in the right answer and marks it; the exercise counts as shown. */
    public void showAnswer() {
        Answer right = exercise.answer();
        Given g = Given.empty();
        if (right instanceof Answer.Lamport l) {
            g = new Given(l.clocks(), Map.of(), null, Set.of(), List.of(), null);
        } else if (right instanceof Answer.Vector v) {
            g = new Given(Map.of(), v.clocks(), null, Set.of(), List.of(), null);
        } else if (right instanceof Answer.Related r) {
            g = new Given(Map.of(), Map.of(), r.relation(), Set.of(), List.of(), null);
        } else if (right instanceof Answer.Cone c) {
            g = new Given(Map.of(), Map.of(), null, c.events(), List.of(), null);
        } else if (right instanceof Answer.Order o) {
            g = new Given(Map.of(), Map.of(), null, Set.of(), o.events(), null);
        } else if (right instanceof Answer.Possible p) {
            g = new Given(Map.of(), Map.of(), null, Set.of(), List.of(), p.possible());
        }
        change(g);
        shown = true;
        check();
    }

    /** Takes back the last change of the answer; false when there is none. */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        given = undo.pop();
        return true;
    }

    /** "7 of 9 right", with "(answer shown)" once it was; "" before the first Check. */
    public String scoreText() {
        return marking == null ? "" : marking.scoreText() + (shown ? " (answer shown)" : "");
    }

    private void change(Given next) {
        if (!next.equals(given)) {
            undo.push(given);
            given = next;
        }
    }
}
