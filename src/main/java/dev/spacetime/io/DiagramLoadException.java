package dev.spacetime.io;

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
        this.problems = List.copyOf(problems);
        this.headline = headline;
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
