package dev.spacetime.model;

import java.util.Arrays;

/**
 * The messages of a diagram, each an int <em>handle</em> into parallel arrays, kept in their file order.
 * An event may receive any number of messages and send any number, so each event heads two chains
 * threaded through the message arrays: the messages into it and the messages out of it. A chain is short
 * (an event's own messages), so walking it is cheap, and the storage stays at a few ints per event and per
 * message: a million events with 400,000 messages take about 18 MB here.
 */
final class MessageTable {
    private int[] from = new int[16];
    private int[] to = new int[16];
    private int[] nextInto = new int[16];   // the next message into the same receive event, or -1
    private int[] nextOutOf = new int[16];  // the next message out of the same send event, or -1
    private String[] label = new String[16];
    private boolean[] external = new boolean[16];
    private int highWater;
    private final IntList free = new IntList();
    private final IntList order = new IntList(); // message handles in file order

    // Per event handle: the first message into and out of it, or -1.
    private int[] firstInto;
    private int[] firstOutOf;

    MessageTable(int events) {
        firstInto = new int[events];
        firstOutOf = new int[events];
        Arrays.fill(firstInto, -1);
        Arrays.fill(firstOutOf, -1);
    }

    /** Makes room for event handles below {@code n}. */
    void ensureEvents(int n) {
        if (n <= firstInto.length) {
            return;
        }
        int old = firstInto.length;
        int c = Math.max(n, old + (old >> 1));
        firstInto = Arrays.copyOf(firstInto, c);
        firstOutOf = Arrays.copyOf(firstOutOf, c);
        Arrays.fill(firstInto, old, c, -1);
        Arrays.fill(firstOutOf, old, c, -1);
    }

    /** A new event handle has no messages; a recycled one must forget those of its previous event. */
    void clearEvent(int e) {
        firstInto[e] = -1;
        firstOutOf[e] = -1;
    }

    int count() {
        return order.size();
    }

    int at(int index) {
        return order.get(index);
    }

    int indexOf(int m) {
        return order.indexOf(m);
    }

    int handleLimit() {
        return highWater;
    }

    boolean isMessage(int m) {
        return m >= 0 && m < highWater && from[m] >= 0;
    }

    int from(int m) {
        return from[m];
    }

    int to(int m) {
        return to[m];
    }

    String label(int m) {
        return label[m];
    }

    boolean external(int m) {
        return external[m];
    }

    void setLabel(int m, String text) {
        label[m] = text;
    }

    void setExternal(int m, boolean value) {
        external[m] = value;
    }

    int firstInto(int event) {
        return firstInto[event];
    }

    int nextInto(int m) {
        return nextInto[m];
    }

    int firstOutOf(int event) {
        return firstOutOf[event];
    }

    int nextOutOf(int m) {
        return nextOutOf[m];
    }

    /** The message from {@code send} to {@code receive}, or -1. */
    int between(int send, int receive) {
        for (int m = firstInto[receive]; m >= 0; m = nextInto[m]) {
            if (from[m] == send) {
                return m;
            }
        }
        return -1;
    }

    int insert(int index, int send, int receive, String text, boolean isExternal) {
        int m = free.size() > 0 ? free.removeAt(free.size() - 1) : highWater++;
        grow(m + 1);
        from[m] = send;
        to[m] = receive;
        label[m] = text;
        external[m] = isExternal;
        nextInto[m] = firstInto[receive];
        firstInto[receive] = m;
        nextOutOf[m] = firstOutOf[send];
        firstOutOf[send] = m;
        order.insert(index, m);
        return m;
    }

    /** Removes a message; returns its index in the file order. */
    int remove(int m) {
        int index = order.indexOf(m);
        order.removeAt(index);
        firstInto[to[m]] = unlink(firstInto[to[m]], m, nextInto);
        firstOutOf[from[m]] = unlink(firstOutOf[from[m]], m, nextOutOf);
        from[m] = -1;
        to[m] = -1;
        label[m] = null;
        free.add(m);
        return index;
    }

    /** The chain starting at {@code head} without {@code m}; returns the chain's new head. */
    private static int unlink(int head, int m, int[] next) {
        if (head == m) {
            return next[m];
        }
        for (int x = head; x >= 0; x = next[x]) {
            if (next[x] == m) {
                next[x] = next[m];
                break;
            }
        }
        return head;
    }

    private void grow(int n) {
        if (n <= from.length) {
            return;
        }
        int c = Math.max(n, from.length + (from.length >> 1));
        from = Arrays.copyOf(from, c);
        to = Arrays.copyOf(to, c);
        nextInto = Arrays.copyOf(nextInto, c);
        nextOutOf = Arrays.copyOf(nextOutOf, c);
        label = Arrays.copyOf(label, c);
        external = Arrays.copyOf(external, c);
    }
}
