package dev.spacetime.io.shiviz;

import dev.spacetime.io.LoadProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of an execution that its regular expression does not match, skipped as ShiViz skips it
 * (its parser runs the expression in a loop and passes over whatever lies between matches): how many
 * stretches there were and where the first few begin. Blank stretches are not counted; ShiViz passes
 * over them silently too, and they are no sign of a wrong expression.
 */
public final class SkippedText {
    /** How many stretches are kept with their place: enough to see what was skipped. */
    static final int KEPT = 5;
    private int stretches;
    private final List<LoadProblem> first = new ArrayList<>();

    /** Counts a stretch that begins at (line, column) with {@code text} (its first line is kept). */
    void add(int line, int column, String text) {
        stretches++;
        if (first.size() < KEPT) {
            String snippet = text.strip();
            int cut = snippet.indexOf('\n');
            snippet = cut >= 0 ? snippet.substring(0, cut).strip() : snippet;
            first.add(new LoadProblem(line, column, Quoted.of(snippet))); // escaped: no raw control characters
        }
    }

    public boolean isEmpty() {
        return stretches == 0;
    }

    /** How many stretches of text were skipped. */
    public int stretches() {
        return stretches;
    }

    /** The first few stretches: where each begins and its first line, quoted. */
    public List<LoadProblem> first() {
        return List.copyOf(first);
    }

    /** Where the first stretch begins, or null when nothing was skipped. */
    LoadProblem firstPlace() {
        return first.isEmpty() ? null : first.get(0);
    }

    /**
     * The warning for a terminal, compiler style: a sentence, then {@code file:line:column: "text"} for
     * each of the first stretches.
     */
    public String warning(String source) {
        StringBuilder sb = new StringBuilder(source).append(": warning: ").append(count())
                .append(" the regular expression does not match ").append(stretches == 1 ? "was" : "were")
                .append(" skipped, as ShiViz skips ").append(stretches == 1 ? "it" : "them");
        if (stretches > first.size()) {
            sb.append("; the first ").append(first.size());
        }
        sb.append(':');
        for (LoadProblem at : first) {
            sb.append('\n').append(source).append(':').append(at.line()).append(':').append(at.column()).append(": ")
                    .append(at.message());
        }
        return sb.toString();
    }

    /** The warning in one line, for the app's status line. */
    public String summary() {
        LoadProblem at = first.get(0);
        return "Skipped " + count() + " the log's regular expression does not match (as ShiViz does), the first at "
                + "line " + at.line() + ": " + at.message();
    }

    private String count() {
        return stretches == 1 ? "1 stretch of text" : stretches + " stretches of text";
    }
}
