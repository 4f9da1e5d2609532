package dev.spacetime.exercise;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.Rules;
import dev.spacetime.step.Enabled;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes exercises, deterministically: the same kind, seed and difficulty give the same exercise, so a
 * class can share one by its seed. The diagram depends on the seed and difficulty only (every kind
 * asks about the same diagram for one seed); the question is drawn from a second stream of the seed.
 */
public final class ExerciseGenerator {
    private ExerciseGenerator() {
    }

    /** A generated diagram and a question of {@code kind} about it. */
    public static Exercise generate(QuestionKind kind, long seed, Difficulty difficulty) {
        String problem = difficulty.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom forDiagram = root.split();
        SplittableRandom forQuestion = root.split();
        String title = "Exercise (seed " + seed + "): " + difficulty.describe();
        Diagram d = ExerciseDiagram.generate(difficulty, forDiagram.nextLong(), title);
        return new Exercise(seed, difficulty, d, question(kind, Analysis.of(d), forQuestion));
    }

    /**
     * A question of {@code kind} about a teacher's own diagram, its clocks to be hidden when shown.
     *
     * @throws IllegalArgumentException naming the reason when the diagram breaks the paper's rules or is
     *     too small for the question
     */
    public static Exercise fromDiagram(Diagram diagram, QuestionKind kind, long seed) {
        if (!Rules.check(diagram, 1).isEmpty()) {
            throw new IllegalArgumentException("the diagram breaks the paper's rules: "
                    + Rules.check(diagram, 1).get(0).message());
        }
        if (diagram.eventCount() < 2) {
            throw new IllegalArgumentException("an exercise needs a diagram with at least 2 events, and this one has "
                    + diagram.eventCount());
        }
        Diagram own = diagram.copy();
        return new Exercise(seed, null, own, question(kind, Analysis.of(own), new SplittableRandom(seed)));
    }

    static Question question(QuestionKind kind, Analysis a, SplittableRandom rnd) {
        return switch (kind) {
            case LAMPORT, VECTOR -> Question.clocks(kind);
            case RELATION -> relation(a, rnd);
            case CONE -> cone(a, rnd);
            case ORDER -> Question.order();
            case LINEARIZATION -> Question.linearization(proposedOrder(a, rnd));
        };
    }

    /**
     * A pair on two processes (when the diagram has them) whose relation is drawn first, evenly among the
     * relations the diagram has, so that a ‖ b does not crowd out the chains worth following.
     */
    private static Question relation(Analysis a, SplittableRandom rnd) {
        EventGraph g = a.graph();
        List<List<int[]>> byRelation = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        boolean apart = false;
        for (int x = 0; x < g.eventCount() && !apart; x++) {
            apart = g.process(x) != g.process(0);
        }
        for (int x = 0; x < g.eventCount(); x++) {
            for (int y = 0; y < g.eventCount(); y++) {
                if (x != y && (!apart || g.process(x) != g.process(y))) {
                    byRelation.get(Answers.relation(a, x, y).ordinal()).add(new int[] {x, y});
                }
            }
        }
        List<List<int[]>> present = byRelation.stream().filter(l -> !l.isEmpty()).toList();
        List<int[]> pairs = present.get(rnd.nextInt(present.size()));
        int[] pair = pairs.get(rnd.nextInt(pairs.size()));
        return Question.relation(g.id(pair[0]), g.id(pair[1]));
    }

    /** A part of the cone drawn evenly, then an event whose part is not empty (when there is one). */
    private static Question cone(Analysis a, SplittableRandom rnd) {
        ConePart part = ConePart.values()[rnd.nextInt(ConePart.values().length)];
        List<Integer> candidates = new ArrayList<>();
        for (int e = 0; e < a.eventCount(); e++) {
            if (!Answers.cone(a, e, part).isEmpty()) {
                candidates.add(e);
            }
        }
        int e = candidates.isEmpty() ? rnd.nextInt(a.eventCount()) : candidates.get(rnd.nextInt(candidates.size()));
        return Question.cone(a.id(e), part);
    }

    /**
     * A random order that could have happened (each step a random enabled event) or, as often, one with
     * a single event moved to just before something it waits for, so it could not.
     */
    private static List<String> proposedOrder(Analysis a, SplittableRandom rnd) {
        EventGraph g = a.graph();
        int n = g.eventCount();
        boolean[] happened = new boolean[n];
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            List<Integer> enabled = Enabled.of(g, happened);
            int e = enabled.get(rnd.nextInt(enabled.size()));
            happened[e] = true;
            order.add(e);
        }
        if (rnd.nextBoolean()) {
            List<int[]> waits = new ArrayList<>(); // {event, what it waits for}
            for (int e = 0; e < n; e++) {
                if (g.position(e) > 0) {
                    waits.add(new int[] {e, e - 1});
                }
                for (int k = 0; k < g.senderCount(e); k++) {
                    waits.add(new int[] {e, g.sender(e, k)});
                }
                for (int k = 0; k < g.externalSenderCount(e); k++) {
                    waits.add(new int[] {e, g.externalSender(e, k)});
                }
            }
            if (!waits.isEmpty()) {
                int[] w = waits.get(rnd.nextInt(waits.size()));
                order.remove(Integer.valueOf(w[0]));
                order.add(order.indexOf(w[1]), w[0]);
            }
        }
        List<String> ids = new ArrayList<>();
        for (int e : order) {
            ids.add(g.id(e));
        }
        return ids;
    }
}
