package dev.spacetime.io.shiviz;

import dev.spacetime.io.LoadProblem;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.FutureTask;

/**
 * Reads a log written with the default expression and no delimiter (as GoVector and the TLA+
 * module write them) straight from its bytes, a line pair per event: the event's text, then
 * {@code host {clock}}. It finds what the expression would find, and says where it does not fit,
 * but without a regular expression over the whole text or a string per clock, so a log of a million
 * events of 64 processes (about 700 MB) is read in about a second, in little more memory than its
 * clocks. It goes over the log twice: once to find the events, and once to read their clocks (see
 * {@link ClockReader}), which is most of the work and, in a big log, is split between two threads.
 */
final class DefaultLogReader {
    /** Events from which the clocks are read on two threads. */
    static final int TWO_THREADS_FROM = 50_000;

    private final ByteBuffer bytes;
    private final int end;
    private final RawExecution events = new RawExecution();
    private final List<LoadProblem> problems;
    private final NameTable names = new NameTable(events);
    private final byte[] block = new byte[1 << 16];
    private int windowStart; // block holds the log's bytes [windowStart, windowEnd)
    private int windowEnd;
    private final byte[] hostBytes = new byte[256];
    private int[] clockStarts = new int[1024]; // where each event's clock lies, to be read once all events are found
    private int[] clockEnds = new int[1024];
    private int lineNumber; // of the line being read
    /** Whether the text since the last event holds something skipped already counted: a stretch is counted once. */
    private boolean gapCounted;

    private DefaultLogReader(ByteBuffer bytes, List<LoadProblem> problems) {
        this.bytes = bytes;
        this.end = bytes.limit();
        this.problems = problems;
    }

    /**
     * Whether a log's first two lines are those this reader takes: the default expression (or none)
     * and no delimiter.
     */
    static boolean takes(ByteBuffer bytes) {
        int second = nextLine(bytes, 0);
        int third = nextLine(bytes, second);
        String first = ascii(bytes, 0, second).strip();
        return (first.isEmpty() || first.equals(LogPattern.DEFAULT)) && ascii(bytes, second, third).isBlank();
    }

    /** Reads the events after the two header lines; problems are added with their line and column. */
    static RawExecution read(ByteBuffer bytes, List<LoadProblem> problems) {
        return read(bytes, problems, 0, TWO_THREADS_FROM);
    }

    /**
     * As {@link #read(ByteBuffer, List)}, with the clocks kept in chunks of {@code rowsPerChunk} rows (0:
     * as many as suit the number of hosts) and read on two threads from {@code twoFrom} events on. Tests
     * make both small to try two threads on small logs.
     */
    static RawExecution read(ByteBuffer bytes, List<LoadProblem> problems, int rowsPerChunk, int twoFrom) {
        DefaultLogReader reader = new DefaultLogReader(bytes, problems);
        reader.readEvents();
        if (reader.events.size() == 0 && !reader.events.skipped().isEmpty()) {
            problems.add(ShivizLog.nothingMatched(reader.events.skipped()));
        }
        reader.readClocks(rowsPerChunk > 0 ? rowsPerChunk : ClockRows.rowsFor(reader.events.nameCount()), twoFrom);
        return reader.events;
    }

    /**
     * Walks the log as the expression's search would: from where the last match ended, the rest of
     * that line is the next event's text if the line after it reads {@code host {clock}}; otherwise
     * the search moves on a line, and what it passed over is skipped (and counted, unless blank).
     */
    private void readEvents() {
        int pos = nextLine(bytes, nextLine(bytes, 0));
        lineNumber = 3;
        int lineStart = pos;
        int eol = newline(pos); // where the line holding pos ends: each line is searched once
        while (pos < end && problems.size() < ShivizLog.MAX_PROBLEMS) {
            int textEnd = withoutReturn(pos, eol);
            int hostStart = Math.min(end, eol + 1);
            int hostEol = newline(hostStart);
            int[] span = hostStart < end ? clockSpan(hostStart, withoutReturn(hostStart, hostEol)) : null;
            if (span == null) {
                if (!gapCounted && !blank(pos, textEnd)) {
                    skipped(pos, textEnd, lineNumber, column(lineStart, pos));
                    gapCounted = true;
                }
            } else {
                event(pos, textEnd, column(lineStart, pos), hostStart, span);
                gapCounted = false;
            }
            pos = span == null ? hostStart : span[2];
            lineStart = hostStart;
            eol = hostEol;
            lineNumber++;
        }
    }

    /**
     * The first newline from i, or the end. Searched in a window of the log copied to an array, which
     * moves on a block at a time: byte by byte, a mapped file is slow to read.
     */
    private int newline(int i) {
        int j = i;
        while (j < end) {
            if (j < windowStart || j >= windowEnd) {
                windowStart = j;
                windowEnd = Math.min(end, j + block.length);
                bytes.get(j, block, 0, windowEnd - j);
            }
            for (int k = j - windowStart, stop = windowEnd - windowStart; k < stop; k++) {
                if (block[k] == '\n') {
                    return windowStart + k;
                }
            }
            j = windowEnd;
        }
        return end;
    }

    /** The end of a line's text that ends at newline {@code eol}, without a carriage return before it. */
    private int withoutReturn(int from, int eol) {
        return eol > from && bytes.get(eol - 1) == '\r' ? eol - 1 : eol;
    }

    /**
     * Where the host and clock lie in a line that reads {@code host {…}}: {host end, clock start, clock
     * end (past the last brace)}; null when the line does not read so.
     */
    private int[] clockSpan(int from, int to) {
        int i = from;
        while (i < to && !whitespace(bytes.get(i))) {
            i++;
        }
        if (i + 1 >= to || bytes.get(i) != ' ' || bytes.get(i + 1) != '{') {
            return null;
        }
        int close = to - 1;
        while (close > i + 1 && bytes.get(close) != '}') {
            close--;
        }
        return close > i + 1 ? new int[] {i, i + 1, close + 1} : null;
    }

    private void event(int textStart, int textEnd, int column, int hostStart, int[] span) {
        int line = lineNumber;
        int clockLine = lineNumber + 1;
        int clockColumn = column(hostStart, span[1]);
        String text = text(textStart, textEnd, line, column);
        int k = events.size();
        events.add(host(hostStart, span[0], clockLine), text, null, line, column, clockLine, clockColumn);
        if (k == clockStarts.length) {
            clockStarts = Arrays.copyOf(clockStarts, k * 2);
            clockEnds = Arrays.copyOf(clockEnds, k * 2);
        }
        clockStarts[k] = span[1];
        clockEnds[k] = span[2];
    }

    /** The name number of the host written at [from, to): looked up by its bytes when they are ASCII. */
    private int host(int from, int to, int line) {
        int n = to - from;
        if (n <= hostBytes.length) {
            bytes.get(from, hostBytes, 0, n);
            boolean ascii = true;
            for (int i = 0; i < n && ascii; i++) {
                ascii = hostBytes[i] >= 0;
            }
            if (ascii) {
                return names.id(hostBytes, 0, n);
            }
        }
        return events.nameId(text(from, to, line, 1));
    }

    /**
     * Reads the clocks of the events found, in two stretches on two threads when there are at least
     * {@code twoFrom} events. The first stretch numbers names in the execution itself, the second
     * provisionally, so that names end up numbered in the order they first appear either way.
     */
    private void readClocks(int rowsPerChunk, int twoFrom) {
        int n = events.size();
        ClockRows rows = ClockRows.ofSize(n, rowsPerChunk);
        ClockReader first = new ClockReader(bytes, events, names);
        int split = n >= twoFrom ? n / 2 / rowsPerChunk * rowsPerChunk : n; // a chunk is filled by one thread
        if (split <= 0 || split >= n) {
            first.read(events, clockStarts, clockEnds, 0, n, rows);
            events.clocks(rows, first.unreadable());
            merge(first.textProblems());
            return;
        }
        ProvisionalNames later = new ProvisionalNames(events.nameNumbers());
        ClockReader second = new ClockReader(bytes, later, new NameTable(later));
        FutureTask<ClockReader> secondHalf = Background.start(() -> {
            second.read(events, clockStarts, clockEnds, split, n, rows);
            return second;
        }, "log clocks", true);
        first.read(events, clockStarts, clockEnds, 0, split, rows);
        Background.result(secondHalf);
        int[] renumbering = later.renumbering(events);
        if (renumbering != null) {
            rows.renumber(split, renumbering, events.nameCount());
        }
        BitSet unreadable = first.unreadable();
        unreadable.or(second.unreadable());
        events.clocks(rows, unreadable);
        later.problems().forEach(events::problem);
        merge(first.textProblems());
        merge(second.textProblems());
    }

    /** Adds problems found in the clocks to those found on the way, keeping them in the order of their lines. */
    private void merge(List<LoadProblem> found) {
        if (!found.isEmpty()) {
            List<LoadProblem> all = new ArrayList<>(problems);
            all.addAll(found);
            all.sort(Comparator.comparingInt(LoadProblem::line)); // stable: one line's problems keep their order
            problems.clear();
            problems.addAll(all.subList(0, Math.min(all.size(), ShivizLog.MAX_PROBLEMS)));
        }
    }

    private String text(int from, int to, int line, int column) {
        return LogBytes.text(bytes, from, to, line, column, problems);
    }

    /** Text the expression would not match, counted as the general reader counts it: where it begins and its line. */
    private void skipped(int from, int to, int line, int column) {
        int lead = from;
        while (lead < to && whitespace(bytes.get(lead))) {
            lead++;
        }
        events.skipped().add(line, column + column(from, lead) - 1, text(lead, to, line, column + column(from, lead) - 1));
    }

    /**
     * The column of {@code at} in a line that starts at {@code lineStart}, in characters as a person
     * counts them (code points): each UTF-8 byte that does not continue a character starts one.
     */
    private int column(int lineStart, int at) {
        int column = 1;
        for (int i = lineStart; i < at; i++) {
            column += (bytes.get(i) & 0xC0) == 0x80 ? 0 : 1;
        }
        return column;
    }

    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!whitespace(bytes.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static int nextLine(ByteBuffer bytes, int i) {
        int j = i;
        while (j < bytes.limit() && bytes.get(j) != '\n') {
            j++;
        }
        return Math.min(bytes.limit(), j + 1);
    }

    private static String ascii(ByteBuffer bytes, int from, int to) {
        byte[] b = new byte[Math.max(0, to - from)];
        bytes.get(from, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static boolean whitespace(byte b) {
        return LogBytes.whitespace(b);
    }
}
