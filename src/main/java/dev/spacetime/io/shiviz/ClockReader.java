package dev.spacetime.io.shiviz;

import dev.spacetime.io.LoadProblem;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Reads the clocks of a stretch of a log's events from their bytes into rows by name number, the
 * bulk of the work of reading a big log: a clock of 64 processes is some 700 bytes. Two readers can
 * read two stretches at once; each has its own name table and buffers.
 */
final class ClockReader {
    private final ByteBuffer bytes;
    private final ClockNames names;
    private final NameTable table;
    private final List<LoadProblem> textProblems = new ArrayList<>();
    private final BitSet unreadable = new BitSet();
    private int[] scratch = new int[64];
    private byte[] clockBytes = new byte[4096];

    /** A reader numbering names with {@code names}, looking them up by their bytes in {@code table}. */
    ClockReader(ByteBuffer bytes, ClockNames names, NameTable table) {
        this.bytes = bytes;
        this.names = names;
        this.table = table;
    }

    /**
     * Reads the clocks of events [from, to), which lie at [starts[k], ends[k]) in the bytes, into the
     * same rows of {@code into}. A clock that is not one is reported to the names' problems and left
     * as zeros.
     */
    void read(RawExecution events, int[] starts, int[] ends, int from, int to, ClockRows into) {
        for (int k = from; k < to; k++) {
            int length = clock(starts[k], ends[k], events.clockLine(k), events.clockColumn(k));
            if (length < 0) {
                unreadable.set(k);
            }
            into.set(k, scratch, Math.max(0, length), names.nameCount());
        }
    }

    /** The events whose clocks could not be read. */
    BitSet unreadable() {
        return unreadable;
    }

    /** Lines of clocks that are not UTF-8 text, located. */
    List<LoadProblem> textProblems() {
        return textProblems;
    }

    /**
     * A clock read from its bytes into {@code scratch} by name number: {"name": count, …}, the quotes
     * possibly escaped. Returns how many entries of {@code scratch} it fills, or -1 when it is not a
     * clock. Anything out of the ordinary (escapes in names, signs, fractions) is left to the JSON
     * reader, which also words the problem. The bytes are copied to an array first: reading them one
     * by one from a mapped file costs more than the parsing.
     */
    private int clock(int from, int to, int line, int column) {
        int n = to - from;
        if (n > clockBytes.length) {
            clockBytes = new byte[Math.max(n, clockBytes.length * 2)];
        }
        byte[] b = clockBytes;
        bytes.get(from, b, 0, n);
        int i = skipSpace(b, 1, n);
        boolean escaped = i + 1 < n && b[i] == '\\' && b[i + 1] == '"';
        int quote = escaped ? 2 : 1;
        int largest = -1;
        Arrays.fill(scratch, 0, Math.min(scratch.length, names.nameCount() + 1), 0);
        int entry = 0;
        while (i < n && b[i] != '}') {
            if (!quoteAt(b, i, n, escaped)) {
                return slowClock(from, to, line, column);
            }
            int nameStart = i + quote;
            // Most clocks name the same processes in the same places as the last one: the name at this
            // place last time is tried first, and only when it is not there is the name scanned for.
            int guess = table.guess(entry);
            int nameEnd = guess < 0 ? -1 : matchEnd(b, nameStart, n, table.key(guess));
            if (nameEnd < 0) {
                guess = -1;
                nameEnd = nameStart;
                boolean ascii = true;
                while (nameEnd < n && b[nameEnd] != '"' && b[nameEnd] != '\\') {
                    ascii &= b[nameEnd] >= 0x20; // not UTF-8's high bytes, nor a control character JSON refuses
                    nameEnd++;
                }
                if (!ascii) {
                    return slowClock(from, to, line, column); // which checks the UTF-8 and says where it fails
                }
            }
            if (!quoteAt(b, nameEnd, n, escaped)) {
                return slowClock(from, to, line, column);
            }
            i = skipSpace(b, nameEnd + quote, n);
            if (i >= n || b[i] != ':') {
                return slowClock(from, to, line, column);
            }
            i = skipSpace(b, i + 1, n);
            long value = 0;
            int digits = i;
            for (byte c; i < n && (c = b[i]) >= '0' && c <= '9' && value <= Integer.MAX_VALUE; i++) {
                value = value * 10 + (c - '0');
            }
            if (i == digits || value > Integer.MAX_VALUE || (i - digits > 1 && b[digits] == '0')) {
                return slowClock(from, to, line, column);
            }
            i = skipSpace(b, i, n);
            if (i < n && b[i] == ',') {
                i = skipSpace(b, i + 1, n);
                if (i < n && b[i] == '}') {
                    return slowClock(from, to, line, column); // a trailing comma, which JSON.parse refuses
                }
            } else if (i < n && b[i] != '}') {
                return slowClock(from, to, line, column);
            }
            if (value == 0) {
                // A zero may undo an earlier count of the same name (the last one counts, as in JSON.parse);
                // writers leave zeros out, so the JSON reader can take the rare clock that has one.
                return slowClock(from, to, line, column);
            }
            int id = guess >= 0 ? guess : table.id(b, nameStart, nameEnd, entry);
            entry++;
            if (id >= scratch.length) {
                scratch = Arrays.copyOf(scratch, Math.max(id + 1, scratch.length * 2));
            }
            if (scratch[id] != 0) {
                return slowClock(from, to, line, column); // a name given twice: the JSON reader takes the last
            }
            scratch[id] = (int) value;
            largest = Math.max(largest, id);
        }
        if (i != n - 1) {
            return slowClock(from, to, line, column);
        }
        return largest + 1;
    }

    /** Where a name ends if the bytes from {@code at} spell {@code key} and a quote (or backslash) follows; else -1. */
    private static int matchEnd(byte[] b, int at, int n, byte[] key) {
        if (key == null) {
            return -1;
        }
        int end = at + key.length;
        if (end >= n || (b[end] != '"' && b[end] != '\\')) {
            return -1;
        }
        for (int j = 0; j < key.length; j++) {
            if (b[at + j] != key[j]) {
                return -1;
            }
        }
        return end;
    }

    private static boolean quoteAt(byte[] b, int i, int n, boolean escaped) {
        return escaped ? i + 1 < n && b[i] == '\\' && b[i + 1] == '"' : i < n && b[i] == '"';
    }

    private int slowClock(int from, int to, int line, int column) {
        int[] counts = ShivizLog.clock(LogBytes.text(bytes, from, to, line, column,
                textProblems.size() < ShivizLog.MAX_PROBLEMS ? textProblems : new ArrayList<>()), names, line, column);
        if (counts == null) {
            return -1;
        }
        if (counts.length > scratch.length) {
            scratch = Arrays.copyOf(scratch, counts.length);
        }
        System.arraycopy(counts, 0, scratch, 0, counts.length);
        return counts.length;
    }

    private static int skipSpace(byte[] b, int i, int n) {
        while (i < n && LogBytes.whitespace(b[i])) {
            i++;
        }
        return i;
    }

}
