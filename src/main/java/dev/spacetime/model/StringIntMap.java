package dev.spacetime.model;

import java.util.Arrays;

/**
 * An open-addressing map from strings to non-negative ints: the event-id index. A million ids cost
 * a few parallel arrays, with no boxed entry per event. Each slot keeps the key's hash, so a probe
 * that passes other keys compares ints and does not touch their strings.
 */
final class StringIntMap {
    private static final int EMPTY = -1;
    private static final int REMOVED = -2;
    private String[] keys;
    private int[] hashes;
    private int[] values; // EMPTY, REMOVED (a tombstone keeps probe chains intact), or the value
    private int size;
    private int removed;

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
            int v = values[i];
            if (v == EMPTY) {
                return EMPTY;
            }
            if (v >= 0 && hashes[i] == h && keys[i].equals(key)) {
                return v;
            }
        }
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
            int v = values[i];
            if (v == EMPTY) {
                int slot = i;
                if (tombstone >= 0) {
                    slot = tombstone;
                    removed--;
                }
                keys[slot] = key;
                hashes[slot] = h;
                values[slot] = value;
                size++;
                return EMPTY;
            }
            if (v == REMOVED) {
                if (tombstone < 0) {
                    tombstone = i;
                }
            } else if (hashes[i] == h && keys[i].equals(key)) {
                return v;
            }
        }
    }

    void remove(String key) {
        int h = spread(key.hashCode());
        int mask = keys.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int v = values[i];
            if (v == EMPTY) {
                return;
            }
            if (v >= 0 && hashes[i] == h && keys[i].equals(key)) {
                keys[i] = null;
                values[i] = REMOVED;
                size--;
                removed++;
                return;
            }
        }
    }

    private void allocate(int capacity) {
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        Arrays.fill(values, EMPTY);
    }

    private void rehash(int capacity) {
        String[] oldKeys = keys;
        int[] oldValues = values;
        allocate(capacity);
        size = 0;
        removed = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] >= 0) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
