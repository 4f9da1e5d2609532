package dev.spacetime.io.shiviz;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.model.Diagram;
import java.io.IOException;

/**
 * Writes a diagram as a ShiViz log that reads back to the same processes, in the same order, with the
 * same events, texts and happened-before: line 1 the parser expression, line 2 blank (one execution),
 * then each event's text on one line and its process and vector clock on the next, in the order of
 * {@link LogLineOrder}. An event's text is its label, or its id when it has none. When a text or name
 * would not fit the default expression (a line break in a label, a space in a name), the log carries
 * its own expression instead ({@link LogForm}). External messages are not in the clocks (the clocks do
 * not see them), so they are not in the log either; {@link LogLosses} says what else a log leaves out.
 */
public final class ShivizExport {
    private ShivizExport() {
    }

    /** The diagram as a log; throws IllegalArgumentException with {@link #refusal}'s sentence when it cannot be one. */
    public static String toLog(Diagram d) {
        StringBuilder sb = new StringBuilder();
        try {
            write(d, sb);
        } catch (IOException e) {
            throw new IllegalStateException("a string builder does not fail", e);
        }
        return sb.toString();
    }

    /**
     * Why the diagram cannot be written as a log that reads back to it (naming the process or event and
     * the character), or null when it can.
     */
    public static String refusal(Diagram d) {
        EventGraph g = EventGraph.of(d); // not the whole analysis: the texts are all it needs
        return LogForm.of(hosts(d), texts(d, g), ids(g)).refusal();
    }

    /**
     * Writes the log line by line, so a log of a million events never has to be one string; throws
     * IllegalArgumentException, before writing anything, when {@link #refusal} gives a reason.
     */
    public static void write(Diagram d, Appendable out) throws IOException {
        Analysis a = Analysis.of(d);
        EventGraph g = a.graph();
        String[] names = names(d);
        String[] texts = texts(d, g);
        LogForm form = LogForm.of(hosts(d), texts, ids(g));
        if (form.refusal() != null) {
            throw new IllegalArgumentException(form.refusal());
        }
        String[] quoted = VectorClockText.quoted(names);
        out.append(form.expression()).append('\n').append('\n');
        for (int e : LogLineOrder.of(a)) {
            form.writeEvent(texts[e], names[g.process(e)], out);
            VectorClockText.write(quoted, a.vector(e), out);
            out.append('\n');
        }
    }

    private static String[] names(Diagram d) {
        String[] names = new String[d.processCount()];
        for (int p = 0; p < names.length; p++) {
            names[p] = d.processName(p);
        }
        return names;
    }

    /** The names the log writes: those of the processes with events (a log has no other). */
    private static String[] hosts(Diagram d) {
        return java.util.stream.IntStream.range(0, d.processCount()).filter(p -> d.eventCount(p) > 0)
                .mapToObj(d::processName).toArray(String[]::new);
    }

    private static String[] ids(EventGraph g) {
        String[] ids = new String[g.eventCount()];
        for (int e = 0; e < ids.length; e++) {
            ids[e] = g.id(e);
        }
        return ids;
    }

    /** Each event's text: its label, or its id when the label is missing or blank (the import reads a blank text as none). */
    static String[] texts(Diagram d, EventGraph g) {
        String[] texts = new String[g.eventCount()];
        for (int e = 0; e < texts.length; e++) {
            String label = d.eventLabel(g.handle(e));
            texts[e] = label == null || label.isBlank() ? g.id(e) : label;
        }
        return texts;
    }
}
