package dev.spacetime.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A diagram file that could not be loaded, with every problem found in it; its message lists them
 * one per line, each as {@code file:line:column: message} like a compiler's.
 */
public final class DiagramLoadException extends Exception {
    private final String sourceName;
    private final List<LoadProblem> problems;
    private final String headline;

    public DiagramLoadException(String sourceName, List<LoadProblem> problems) {
        this(sourceName, null, problems);
    }

    /**
     * A failure whose message begins with a sentence about the file as a whole (null for none), as when
     * it is not a kind of file that can be opened at all, before the problems in detail.
     */
    public DiagramLoadException(String sourceName, String headline, List<LoadProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a load failure needs at least one problem");
        }
        this.sourceName = sourceName;
        this.problems = capped(problems);
        this.headline = headline;
    }

    /** Most problems listed; every reader stops looking when it has found as many. */
    public static final int MAX_PROBLEMS = 100;
    /** The longest message kept: a message quoting a 100 MB line must not print 100 MB. */
    static final int MAX_MESSAGE = 1_000;

    /**
     * At most {@link #MAX_PROBLEMS} problems, then a count of the rest, each message cut to
     * {@link #MAX_MESSAGE} characters: the last guard on every path, whatever a reader collected.
     */
    private static List<LoadProblem> capped(List<LoadProblem> problems) {
        List<LoadProblem> out = new ArrayList<>(Math.min(problems.size(), MAX_PROBLEMS + 1));
        for (LoadProblem p : problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS))) {
            out.add(p.message().length() <= MAX_MESSAGE ? p
                    : new LoadProblem(p.line(), p.column(), p.message().substring(0, MAX_MESSAGE) + "…"));
        }
        boolean counted = problems.size() == MAX_PROBLEMS + 1 && problems.get(MAX_PROBLEMS).message().startsWith("…");
        if (problems.size() > MAX_PROBLEMS + 1 || (problems.size() == MAX_PROBLEMS + 1 && !counted)) {
            int more = problems.size() - MAX_PROBLEMS;
            out.add(LoadProblem.unlocated("… and " + more + " more problem" + (more == 1 ? "" : "s") + " not listed"));
        } else if (counted) {
            out.add(problems.get(MAX_PROBLEMS));
        } else if (problems.size() == MAX_PROBLEMS) {
            out.add(LoadProblem.unlocated("… and perhaps more: Spacetime stops looking after " + MAX_PROBLEMS
                    + " problems"));
        }
        return List.copyOf(out);
    }

    /** The sentence about the file as a whole that the message begins with, or null. */
    public String headline() {
        return headline;
    }

    /** The name of the file (or other source) as it appears in the messages. */
    public String sourceName() {
        return sourceName;
    }

    /** The problems in the order of the file, those without a place last. */
    public List<LoadProblem> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        StringBuilder sb = new StringBuilder(headline == null ? "" : headline);
        for (LoadProblem problem : problems) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(sourceName).append(':');
            if (problem.hasLocation()) {
                sb.append(problem.line()).append(':').append(problem.column()).append(':');
            }
            sb.append(' ').append(problem.message());
        }
        return sb.toString();
    }
}
