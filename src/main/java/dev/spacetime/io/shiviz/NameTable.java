package dev.spacetime.io.shiviz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Process names as they appear in a log's clocks, looked up by their bytes: a clock of 64 entries
 * names 64 processes, and making a string of each name on every line would cost more than reading it.
 */
final class NameTable {
    private final ClockNames events;
    private byte[][] keys = new byte[256][];
    private int[] ids = new int[256];
    private int size;
    private int[] lastAt = new int[64]; // the name number last found at each place in a clock: usually the same again

    private byte[][] keyOf = new byte[64][]; // name number → its bytes, for names seen in clocks

    NameTable(ClockNames events) {
        this.events = events;
        Arrays.fill(lastAt, -1);
    }

    /** The name number found at this place of a clock last time, or -1. */
    int guess(int place) {
        return place < lastAt.length ? lastAt[place] : -1;
    }

    /** The bytes of a name seen in a clock, or null. */
    byte[] key(int id) {
        return id < keyOf.length ? keyOf[id] : null;
    }

    /** The name number of the bytes [from, to), the {@code place}-th entry of a clock; given by the execution on first sight. */
    int id(byte[] bytes, int from, int to, int place) {
        if (place < lastAt.length && lastAt[place] >= 0) {
            byte[] guess = keyOf[lastAt[place]];
            if (guess != null && same(guess, bytes, from, to)) {
                return lastAt[place];
            }
        }
        int id = lookUp(bytes, from, to);
        if (place >= lastAt.length) {
            int old = lastAt.length;
            lastAt = Arrays.copyOf(lastAt, Math.max(place + 1, old * 2));
            Arrays.fill(lastAt, old, lastAt.length, -1);
        }
        lastAt[place] = id;
        return id;
    }

    /** The name number of the bytes [from, to), given by the execution on first sight. */
    int id(byte[] bytes, int from, int to) {
        return lookUp(bytes, from, to);
    }

    private int lookUp(byte[] bytes, int from, int to) {
        int hash = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            hash = (hash ^ bytes[i]) * 0x01000193;
        }
        int mask = keys.length - 1;
        int slot = hash & mask;
        while (keys[slot] != null) {
            if (same(keys[slot], bytes, from, to)) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        byte[] key = Arrays.copyOfRange(bytes, from, to);
        int id = events.nameId(new String(key, StandardCharsets.UTF_8));
        keys[slot] = key;
        ids[slot] = id;
        if (id >= keyOf.length) {
            keyOf = Arrays.copyOf(keyOf, Math.max(id + 1, keyOf.length * 2));
        }
        keyOf[id] = key;
        if (++size * 2 > keys.length) {
            grow();
        }
        return id;
    }

    private static boolean same(byte[] key, byte[] bytes, int from, int to) {
        if (key.length != to - from) {
            return false;
        }
        for (int i = 0; i < key.length; i++) { // names are a few bytes: a plain loop beats the vectorised compare
            if (key[i] != bytes[from + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldIds = ids;
        keys = new byte[oldKeys.length * 2][];
        ids = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != null) {
                int hash = 0x811c9dc5;
                for (byte b : oldKeys[k]) {
                    hash = (hash ^ b) * 0x01000193;
                }
                int slot = hash & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[k];
                ids[slot] = oldIds[k];
            }
        }
        Arrays.fill(oldKeys, null);
    }
}
