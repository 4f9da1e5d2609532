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

    void add(int line, int column, String message) {
        if (problems.size() < LIMIT) {
            problems.add(new LoadProblem(Math.max(0, line), Math.max(0, column), message));
        } else {
            more++;
        }
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
        if (more > 0) {
            sorted.add(LoadProblem.unlocated("… and " + more + " more problem" + (more == 1 ? "" : "s")
                    + " not listed"));
        }
        return sorted;
    }
}
