package dev.spacetime.model;

import java.util.Arrays;

/**
 * An open-addressing map from strings to non-negative ints: the event-id index. A million ids cost
 * two int arrays and a reference array, with no boxed entry per event.
 */
final class StringIntMap {
    private static final int NONE = -1;
    private String[] keys;
    private int[] values;
    private int size;
    private int removed; // tombstones still occupying slots

    StringIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new String[capacity];
        values = new int[capacity];
        Arrays.fill(values, NONE);
    }

    int size() {
        return size;
    }

    /** The value for {@code key}, or -1. */
    int get(String key) {
        int mask = keys.length - 1;
        for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                if (values[i] == NONE) {
                    return NONE;
                }
            } else if (k.equals(key)) {
                return values[i];
            }
        }
    }

    /** Maps {@code key} to {@code value}, replacing any earlier value. */
    void put(String key, int value) {
        if ((size + removed + 1) * 4 > keys.length * 3) {
            rehash(size * 4 > keys.length ? keys.length * 2 : keys.length);
        }
        int mask = keys.length - 1;
        int tombstone = -1;
        for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                if (values[i] == NONE) {
                    int slot = tombstone >= 0 ? tombstone : i;
                    if (tombstone >= 0) {
                        removed--;
                    }
                    keys[slot] = key;
                    values[slot] = value;
                    size++;
                    return;
                }
                if (tombstone < 0) {
                    tombstone = i;
                }
            } else if (k.equals(key)) {
                values[i] = value;
                return;
            }
        }
    }

    void remove(String key) {
        int mask = keys.length - 1;
        for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                if (values[i] == NONE) {
                    return;
                }
            } else if (k.equals(key)) {
                keys[i] = null;
                values[i] = -2; // tombstone: keeps probe chains intact
                size--;
                removed++;
                return;
            }
        }
    }

    private void rehash(int capacity) {
        String[] oldKeys = keys;
        int[] oldValues = values;
        keys = new String[capacity];
        values = new int[capacity];
        Arrays.fill(values, NONE);
        size = 0;
        removed = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
