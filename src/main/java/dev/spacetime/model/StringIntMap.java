package dev.spacetime.model;

import java.util.Arrays;

/**
 * An open-addressing map from strings to non-negative ints: the event-id index. A million ids cost
 * two arrays, with no boxed entry per event. Each slot is one long holding the key's hash (high
 * half) and its value (low half), so a probe reads one place in memory for both, and passes other
 * keys by comparing ints without touching their strings: looking up a million message ends in a
 * table far larger than the caches is mostly waiting for memory, one miss per array touched.
 */
final class StringIntMap {
    private static final int EMPTY = -1;
    private static final int REMOVED = -2; // a tombstone keeps probe chains intact
    private static final long EMPTY_SLOT = EMPTY & 0xFFFF_FFFFL;
    private String[] keys;
    private long[] slots; // hash << 32 | value, the value being EMPTY, REMOVED or the key's value
    private int size;
    private int removed;
    private long touched; // what getAll read ahead, kept so that the reads are not optimised away

    StringIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    int size() {
        return size;
    }

    /** The value for {@code key}, or -1. */
    int get(String key) {
        int h = spread(key.hashCode());
        int mask = keys.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            int v = (int) slot;
            if (v == EMPTY) {
                return EMPTY;
            }
            if (v >= 0 && (int) (slot >>> 32) == h && keys[i].equals(key)) {
                return v;
            }
        }
    }

    /**
     * Looks up {@code batch[0..n)} into {@code out[0..n)}, each as {@link #get} would. In a table far
     * larger than the caches a lookup is three reads from memory, one after the other (the slot, the
     * key there, the key's characters), each waiting for the last. Here the first reads of the whole
     * batch are issued before any is used, then the second, so the processor waits for many at once;
     * the lookups proper then find everything in the cache. Looking up the ends of 800,000 messages
     * took about a third of checking a million-event file before this.
     */
    void getAll(String[] batch, int n, int[] out) {
        int mask = keys.length - 1;
        long sum = 0;
        for (int k = 0; k < n; k++) {
            int h = spread(batch[k].hashCode());
            out[k] = h;
            sum += slots[h & mask];
        }
        for (int k = 0; k < n; k++) {
            int i = out[k] & mask;
            String key = keys[i];
            if (key != null) {
                sum += key.length(); // reads the string and its array's header, where a short id's characters are
            }
        }
        touched += sum;
        for (int k = 0; k < n; k++) {
            out[k] = get(batch[k]);
        }
    }

    /**
     * Reads ahead the slots where {@code batch[0..n)} will be put, all together (see {@link #getAll}),
     * so that the puts that follow find them in the cache. Changes nothing.
     */
    void readAhead(String[] batch, int n) {
        int mask = keys.length - 1;
        long sum = 0;
        for (int k = 0; k < n; k++) {
            sum += slots[spread(batch[k].hashCode()) & mask];
        }
        touched += sum;
    }

    /** Maps {@code key} to {@code value} unless it is mapped already; returns the earlier value or -1. */
    int putIfAbsent(String key, int value) {
        if ((size + removed + 1) * 4 > keys.length * 3) {
            rehash(size * 4 > keys.length ? keys.length * 2 : keys.length);
        }
        int h = spread(key.hashCode());
        int mask = keys.length - 1;
        int tombstone = -1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            int v = (int) slot;
            if (v == EMPTY) {
                int at = i;
                if (tombstone >= 0) {
                    at = tombstone;
                    removed--;
                }
                keys[at] = key;
                slots[at] = (long) h << 32 | (value & 0xFFFF_FFFFL);
                size++;
                return EMPTY;
            }
            if (v == REMOVED) {
                if (tombstone < 0) {
                    tombstone = i;
                }
            } else if ((int) (slot >>> 32) == h && keys[i].equals(key)) {
                return v;
            }
        }
    }

    void remove(String key) {
        int h = spread(key.hashCode());
        int mask = keys.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            int v = (int) slot;
            if (v == EMPTY) {
                return;
            }
            if (v >= 0 && (int) (slot >>> 32) == h && keys[i].equals(key)) {
                keys[i] = null;
                slots[i] = REMOVED & 0xFFFF_FFFFL;
                size--;
                removed++;
                return;
            }
        }
    }

    private void allocate(int capacity) {
        keys = new String[capacity];
        slots = new long[capacity];
        Arrays.fill(slots, EMPTY_SLOT);
    }

    private void rehash(int capacity) {
        String[] oldKeys = keys;
        long[] oldSlots = slots;
        allocate(capacity);
        size = 0;
        removed = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            int v = (int) oldSlots[i];
            if (v >= 0) {
                putIfAbsent(oldKeys[i], v);
            }
        }
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
