package dev.spacetime.io.shiviz;

import java.util.Arrays;

/**
 * Each event's direct senders (log indices), kept compact for a million events: the senders of all
 * events one after another in one array, and where each event's begin in another, as most events
 * have none or one. Filled in log order.
 */
final class SenderTable {
    private final int[] start; // event k's senders are from[start[k], start[k + 1])
    private int[] from;
    private int size;
    private int started; // events whose start is set

    SenderTable(int events) {
        start = new int[events + 1];
        from = new int[Math.max(16, events / 4)];
    }

    /** Adds a sender of event k; k never goes down from one call to the next. */
    void add(int k, int sender) {
        while (started <= k) {
            start[started++] = size;
        }
        if (size == from.length) {
            from = Arrays.copyOf(from, size * 2);
        }
        from[size++] = sender;
    }

    /** Closes the table once every event's senders are added. */
    SenderTable done() {
        while (started < start.length) {
            start[started++] = size;
        }
        return this;
    }

    int events() {
        return start.length - 1;
    }

    /** How many messages event k receives. */
    int count(int k) {
        return start[k + 1] - start[k];
    }

    /** The i-th sender of event k, in the order of the senders' processes. */
    int sender(int k, int i) {
        return from[start[k] + i];
    }

    /** How many messages there are in all. */
    int messages() {
        return size;
    }
}
