package dev.spacetime.io;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes the plain JSON values of a diagram's {@code "view"}: objects one member per line, arrays of
 * plain values on one line, other arrays one element per line. Numbers keep their kind: a Double is
 * written with a decimal point or exponent so that it loads back as a Double, a Long without.
 */
final class ViewWriter {
    // The view object is the file's second level: its depth here plus one is the depth the reader counts.
    private static final int MAX_DEPTH = DiagramReader.MAX_NESTING_DEPTH - 1;

    private ViewWriter() {
    }

    /**
     * Appends {@code value} at {@code depth} levels of indentation.
     *
     * @param path where the value sits, like {@code view.colors[2]}, to name a value JSON cannot carry
     * @throws IllegalArgumentException for a non-finite number or a value that is not plain JSON
     */
    static void value(Object value, String path, int depth, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            JsonText.requireLoadable(s, DiagramReader.MAX_STRING_LENGTH, "string at " + path);
            JsonText.quote(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            out.append(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException(path + " is " + d + ", which JSON cannot hold");
            }
            out.append(d);
        } else if ((value instanceof Map<?, ?> || value instanceof List<?>) && depth > MAX_DEPTH) {
            throw new IllegalArgumentException(path + " is nested deeper than a diagram file may be");
        } else if (value instanceof Map<?, ?> map) {
            object(map, path, depth, out);
        } else if (value instanceof List<?> list) {
            array(list, path, depth, out);
        } else {
            throw new IllegalArgumentException(path + " holds a " + value.getClass().getName()
                    + "; a view holds only maps, lists, strings, numbers, booleans and null");
        }
    }

    private static void object(Map<?, ?> map, String path, int depth, StringBuilder out) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException(path + " has the key " + entry.getKey() + ", not a string");
            }
            indent(depth + 1, out);
            JsonText.requireLoadable(key, DiagramReader.MAX_NAME_LENGTH, "key in " + path);
            JsonText.quote(key, out);
            out.append(": ");
            value(entry.getValue(), path + "." + key, depth + 1, out);
            out.append(entries.hasNext() ? ",\n" : "\n");
        }
        indent(depth, out);
        out.append('}');
    }

    private static void array(List<?> list, String path, int depth, StringBuilder out) {
        boolean flat = list.stream().noneMatch(v -> v instanceof Map<?, ?> || v instanceof List<?>);
        out.append(flat ? "[" : "[\n");
        for (int i = 0; i < list.size(); i++) {
            if (!flat) {
                indent(depth + 1, out);
            }
            value(list.get(i), path + "[" + i + "]", depth + 1, out);
            if (i + 1 < list.size()) {
                out.append(flat ? ", " : ",\n");
            }
        }
        if (!flat) {
            out.append('\n');
            indent(depth, out);
        }
        out.append(']');
    }

    private static void indent(int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
    }
}
