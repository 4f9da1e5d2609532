package dev.spacetime.io.shiviz;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Process names as they appear in a log's clocks, looked up by their bytes: a clock of 64 entries
 * names 64 processes, and making a string of each name on every line would cost more than reading it.
 */
final class NameTable {
    private final RawExecution events;
    private byte[][] keys = new byte[256][];
    private int[] ids = new int[256];
    private int size;

    NameTable(RawExecution events) {
        this.events = events;
    }

    /** The name number of the bytes [from, to), given by the execution on first sight. */
    int id(ByteBuffer bytes, int from, int to) {
        int hash = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            hash = (hash ^ bytes.get(i)) * 0x01000193;
        }
        int mask = keys.length - 1;
        int slot = hash & mask;
        while (keys[slot] != null) {
            if (same(keys[slot], bytes, from, to)) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        byte[] key = new byte[to - from];
        bytes.get(from, key);
        int id = events.nameId(new String(key, StandardCharsets.UTF_8));
        keys[slot] = key;
        ids[slot] = id;
        if (++size * 2 > keys.length) {
            grow();
        }
        return id;
    }

    private static boolean same(byte[] key, ByteBuffer bytes, int from, int to) {
        if (key.length != to - from) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != bytes.get(from + i)) {
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
