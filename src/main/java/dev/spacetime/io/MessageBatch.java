package dev.spacetime.io;

import dev.spacetime.model.DiagramBuilder;
import java.util.Arrays;

/**
 * Messages read from a file and not yet added, a few hundred at a time, so that their ends are looked
 * up together ({@link DiagramBuilder#findEvents}): on a million-event diagram each lookup waits for
 * memory, and a batch waits for many at once. They are added in the order read.
 */
final class MessageBatch {
    static final int SIZE = 512;

    private final String[] ends = new String[2 * SIZE]; // from and to of each message, one after the other
    private final int[] handles = new int[2 * SIZE];
    private final String[] labels = new String[SIZE];
    private final boolean[] external = new boolean[SIZE];
    private final int[] lines = new int[SIZE];
    private final int[] columns = new int[SIZE];
    private int size;

    /** Holds a message; true when the batch is full and must be added before the next. */
    boolean add(String from, String to, String label, boolean isExternal, int line, int column) {
        ends[2 * size] = from;
        ends[2 * size + 1] = to;
        labels[size] = label;
        external[size] = isExternal;
        lines[size] = line;
        columns[size] = column;
        return ++size == SIZE;
    }

    int size() {
        return size;
    }

    /** Finds the events at both ends of every message held. */
    void lookUp(DiagramBuilder builder) {
        builder.findEvents(ends, 2 * size, handles);
    }

    String from(int k) {
        return ends[2 * k];
    }

    String to(int k) {
        return ends[2 * k + 1];
    }

    /** The sending event of message {@code k} after {@link #lookUp}, or -1 when no event has its id. */
    int send(int k) {
        return handles[2 * k];
    }

    int receive(int k) {
        return handles[2 * k + 1];
    }

    String label(int k) {
        return labels[k];
    }

    boolean external(int k) {
        return external[k];
    }

    int line(int k) {
        return lines[k];
    }

    int column(int k) {
        return columns[k];
    }

    /** Forgets the messages held, letting their strings go. */
    void clear() {
        Arrays.fill(ends, 0, 2 * size, null);
        Arrays.fill(labels, 0, size, null);
        size = 0;
    }
}
