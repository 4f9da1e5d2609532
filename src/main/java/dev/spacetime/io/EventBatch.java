package dev.spacetime.io;

import java.util.Arrays;

/**
 * Events read from a file and not yet added, a few hundred at a time, so that their places in the
 * id index are read from memory together ({@code DiagramBuilder.expectIds}) before they are added
 * one by one, in the order read.
 */
final class EventBatch {
    static final int SIZE = 512;

    private final int[] processes = new int[SIZE];
    private final String[] ids = new String[SIZE];
    private final String[] labels = new String[SIZE];
    private final double[] times = new double[SIZE];
    private final int[] lines = new int[SIZE];
    private final int[] columns = new int[SIZE];
    private int size;

    /** Holds an event; true when the batch is full and must be added before the next. */
    boolean add(int process, String id, String label, double time, int line, int column) {
        processes[size] = process;
        ids[size] = id;
        labels[size] = label;
        times[size] = time;
        lines[size] = line;
        columns[size] = column;
        return ++size == SIZE;
    }

    int size() {
        return size;
    }

    /** The ids held, in {@code [0, size())}. */
    String[] ids() {
        return ids;
    }

    int process(int k) {
        return processes[k];
    }

    String id(int k) {
        return ids[k];
    }

    String label(int k) {
        return labels[k];
    }

    double time(int k) {
        return times[k];
    }

    int line(int k) {
        return lines[k];
    }

    int column(int k) {
        return columns[k];
    }

    /** Forgets the events held. */
    void clear() {
        Arrays.fill(ids, 0, size, null);
        Arrays.fill(labels, 0, size, null);
        size = 0;
    }
}
