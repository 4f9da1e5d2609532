package dev.spacetime.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found while loading one file. It keeps the first {@value #LIMIT} and counts the rest,
 * so that a hostile file with a million bad events cannot fill the memory with complaints.
 */
final class ProblemLog {
    static final int LIMIT = 100;

    private final List<LoadProblem> problems = new ArrayList<>();
    private int more;
    private boolean uncounted; // some check stopped early, so "more" is a lower bound

    void add(int line, int column, String message) {
        if (problems.size() < LIMIT) {
            problems.add(new LoadProblem(Math.max(0, line), Math.max(0, column), message));
        } else {
            more++;
        }
    }

    /** How many more problems will be kept. */
    int room() {
        return LIMIT - problems.size();
    }

    /** Notes that there are more problems than were counted, because a check stopped looking. */
    void moreUncounted() {
        uncounted = true;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems in file order (a stable sort, so problems at one place keep their order), unplaced last. */
    List<LoadProblem> inFileOrder() {
        List<LoadProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing((LoadProblem p) -> !p.hasLocation())
                .thenComparingInt(LoadProblem::line)
                .thenComparingInt(LoadProblem::column));
        if (uncounted) {
            sorted.add(LoadProblem.unlocated("… and more problems not listed"));
        } else if (more > 0) {
            sorted.add(LoadProblem.unlocated("… and " + more + " more problem" + (more == 1 ? "" : "s")
                    + " not listed"));
        }
        return sorted;
    }
}
