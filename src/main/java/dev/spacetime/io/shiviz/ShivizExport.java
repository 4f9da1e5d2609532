package dev.spacetime.io.shiviz;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.model.Diagram;
import java.io.IOException;

/**
 * Writes a diagram as a ShiViz log: line 1 the parser expression, line 2 blank (one execution), then
 * each event in the total order ⇒ as its text on one line and its process and vector clock on the
 * next. External messages are not in the clocks (the clocks do not see them), so they are not in the
 * log either.
 */
public final class ShivizExport {
    /** The expression written when some process name has a space, which the default's {@code \S*} would not match. */
    static final String SPACED_HOSTS = "(?<event>.*)\\n(?<host>.*?) (?<clock>{.*})";

    private ShivizExport() {
    }

    public static String toLog(Diagram d) {
        StringBuilder sb = new StringBuilder();
        try {
            write(d, sb);
        } catch (IOException e) {
            throw new IllegalStateException("a string builder does not fail", e);
        }
        return sb.toString();
    }

    /** Writes the log line by line, so a log of a million events never has to be one string. */
    public static void write(Diagram d, Appendable out) throws IOException {
        Analysis a = Analysis.of(d);
        EventGraph g = a.graph();
        String[] names = new String[g.processCount()];
        boolean spaced = false;
        for (int p = 0; p < names.length; p++) {
            names[p] = d.processName(p);
            spaced |= names[p].chars().anyMatch(Character::isWhitespace);
        }
        String[] quoted = VectorClockText.quoted(names);
        out.append(spaced ? SPACED_HOSTS : LogPattern.DEFAULT).append('\n').append('\n');
        for (int r = 0; r < g.eventCount(); r++) {
            int e = a.totalOrder().at(r);
            String label = d.eventLabel(g.handle(e));
            String text = label == null ? g.id(e) : label;
            out.append(text.replace('\n', ' ').replace('\r', ' ')).append('\n');
            out.append(names[g.process(e)]).append(' ');
            VectorClockText.write(quoted, a.vector(e), out);
            out.append('\n');
        }
    }
}
