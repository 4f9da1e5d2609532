package dev.spacetime.io;

import dev.spacetime.model.Diagram;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes a diagram in file format version 1: deterministic, human-friendly JSON with the fields in
 * the documented order (format, version, title, processes, messages, view), one event and one
 * message per line, so that saving a loaded file gives it back byte for byte and diffs stay small.
 */
public final class DiagramWriter {
    private static final int FLUSH_AT = 1 << 14;

    private final Writer out;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);

    private DiagramWriter(Writer out) {
        this.out = out;
    }

    /**
     * Writes {@code d} to {@code out}, ending with a newline; does not close {@code out}.
     *
     * @throws IllegalArgumentException if the diagram holds what a file cannot carry or the reader would
     *     refuse: a string over {@link DiagramReader#MAX_STRING_LENGTH} characters, a kept setting that is
     *     not plain JSON or is nested too deep
     */
    public static void write(Diagram d, Writer out) throws IOException {
        DiagramWriter writer = new DiagramWriter(out);
        writer.diagram(d);
        writer.flush();
    }

    /** The file text of {@code d}. */
    public static String toString(Diagram d) {
        StringWriter text = new StringWriter();
        try {
            write(d, text);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return text.toString();
    }

    private void diagram(Diagram d) throws IOException {
        buffer.append("{\n  \"format\": \"spacetime\",\n  \"version\": 1,\n");
        if (!d.title().isEmpty()) {
            buffer.append("  \"title\": ");
            text(d.title(), "title");
            buffer.append(",\n");
        }
        processes(d);
        messages(d);
        if (d.annotations().kept()) {
            buffer.append(",\n  \"view\": ");
            ViewWriter.value(AnnotationWriter.view(d.annotations()), "view", 1, buffer);
        }
        buffer.append("\n}\n");
    }

    private void processes(Diagram d) throws IOException {
        if (d.processCount() == 0) {
            buffer.append("  \"processes\": [],\n");
            return;
        }
        buffer.append("  \"processes\": [\n");
        for (int p = 0; p < d.processCount(); p++) {
            buffer.append(p == 0 ? "" : ",\n");
            if (d.eventCount(p) == 0) {
                buffer.append("    { \"name\": ");
                text(d.processName(p), "process name");
                buffer.append(" }");
                continue;
            }
            buffer.append("    {\n      \"name\": ");
            text(d.processName(p), "process name");
            buffer.append(",\n      \"events\": [\n");
            for (int i = 0; i < d.eventCount(p); i++) {
                event(d, d.eventAt(p, i));
                buffer.append(i + 1 < d.eventCount(p) ? ",\n" : "\n");
                flushIfFull();
            }
            buffer.append("      ]\n    }");
        }
        buffer.append("\n  ],\n");
    }

    private void event(Diagram d, int e) {
        buffer.append("        { \"id\": ");
        text(d.eventId(e), "event id");
        if (d.eventLabel(e) != null) {
            buffer.append(", \"label\": ");
            text(d.eventLabel(e), "event label");
        }
        if (d.hasTime(e)) {
            buffer.append(", \"time\": ").append(JsonText.time(d.eventTime(e)));
        }
        buffer.append(" }");
    }

    private void messages(Diagram d) throws IOException {
        if (d.messageCount() == 0) {
            buffer.append("  \"messages\": []");
            return;
        }
        buffer.append("  \"messages\": [\n");
        for (int k = 0; k < d.messageCount(); k++) {
            int m = d.message(k);
            buffer.append("    { \"from\": ");
            text(d.eventId(d.messageFrom(m)), "event id");
            buffer.append(", \"to\": ");
            text(d.eventId(d.messageTo(m)), "event id");
            if (d.messageLabel(m) != null) {
                buffer.append(", \"label\": ");
                text(d.messageLabel(m), "message label");
            }
            if (d.isExternal(m)) {
                buffer.append(", \"external\": true");
            }
            buffer.append(k + 1 < d.messageCount() ? " },\n" : " }\n");
            flushIfFull();
        }
        buffer.append("  ]");
    }

    /** Appends a string, refusing one longer than the reader accepts: a saved file must load again. */
    private void text(String s, String what) {
        JsonText.requireLoadable(s, DiagramReader.MAX_STRING_LENGTH, what);
        JsonText.quote(s, buffer);
    }

    private void flushIfFull() throws IOException {
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    private void flush() throws IOException {
        out.append(buffer);
        buffer.setLength(0);
    }
}
