package dev.spacetime.io;

import java.util.Arrays;

/**
 * Where in the file each element of one kind began, by a small int key (an event handle, a process
 * index): two ints per element, so that a million events cost eight megabytes.
 */
final class LocationTable {
    private int[] lines;
    private int[] columns;

    LocationTable() {
        this(16);
    }

    /** A table with room for {@code expected} keys before it grows. */
    LocationTable(int expected) {
        lines = new int[Math.max(16, expected)];
        columns = new int[Math.max(16, expected)];
    }

    void put(int key, int line, int column) {
        if (key >= lines.length) {
            int size = Math.max(key + 1, lines.length + (lines.length >> 1));
            lines = Arrays.copyOf(lines, size);
            columns = Arrays.copyOf(columns, size);
        }
        lines[key] = line;
        columns[key] = column;
    }

    /** The line of {@code key}, or 0 when it was never put. */
    int line(int key) {
        return key >= 0 && key < lines.length ? lines[key] : 0;
    }

    int column(int key) {
        return key >= 0 && key < columns.length ? columns[key] : 0;
    }

    /** "line 9, column 7", or "" when the key has no place. */
    String describe(int key) {
        return line(key) > 0 ? "line " + line(key) + ", column " + column(key) : "";
    }
}
