package dev.spacetime.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The problems found while loading one file. It keeps the {@value #LIMIT} that come first in the file
 * and counts the rest, so that a hostile file with a million bad events cannot fill the memory with
 * complaints. "First in the file", not first found: some problems are found only once the whole file
 * is read (a duplicate id names its first place), and they must not be pushed out by later ones.
 */
final class ProblemLog {
    static final int LIMIT = 100;

    /** A problem and when it was found, so that problems at one place keep the order they were found in. */
    private record Found(LoadProblem problem, long order) {
    }

    /** File order: placed problems by line and column, unplaced last, then the order found. */
    private static final Comparator<Found> FILE_ORDER = Comparator
            .comparing((Found f) -> !f.problem().hasLocation())
            .thenComparingInt((Found f) -> f.problem().line())
            .thenComparingInt((Found f) -> f.problem().column())
            .thenComparingLong(Found::order);

    // The problems kept, the one latest in the file at the head, to be let go first.
    private final PriorityQueue<Found> kept = new PriorityQueue<>(FILE_ORDER.reversed());
    private long found;
    private int more;
    private boolean uncounted; // some check stopped early, so "more" is a lower bound

    void add(int line, int column, String message) {
        Found f = new Found(new LoadProblem(Math.max(0, line), Math.max(0, column), message), found++);
        if (kept.size() < LIMIT) {
            kept.add(f);
            return;
        }
        more++;
        if (FILE_ORDER.compare(f, kept.peek()) < 0) {
            kept.poll();
            kept.add(f);
        }
    }

    /** How many more problems will be kept before one is let go. */
    int room() {
        return LIMIT - kept.size();
    }

    /** Notes that there are more problems than were counted, because a check stopped looking. */
    void moreUncounted() {
        uncounted = true;
    }

    boolean isEmpty() {
        return kept.isEmpty();
    }

    /** The problems in file order (problems at one place in the order found), unplaced last. */
    List<LoadProblem> inFileOrder() {
        List<Found> sorted = new ArrayList<>(kept);
        sorted.sort(FILE_ORDER);
        List<LoadProblem> out = new ArrayList<>();
        sorted.forEach(f -> out.add(f.problem()));
        if (uncounted) {
            out.add(LoadProblem.unlocated("… and more problems not listed"));
        } else if (more > 0) {
            out.add(LoadProblem.unlocated("… and " + more + " more problem" + (more == 1 ? "" : "s")
                    + " not listed"));
        }
        return out;
    }
}
