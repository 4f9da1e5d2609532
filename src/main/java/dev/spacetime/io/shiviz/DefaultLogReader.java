package dev.spacetime.io.shiviz;

import dev.spacetime.io.LoadProblem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a log written with the default expression and no delimiter (as GoVector and the TLA+
 * module write them) straight from its bytes, a line pair per event: the event's text, then
 * {@code host {clock}}. It finds what the expression would find, and says where it does not fit,
 * but without a regular expression over the whole text or a string per clock, so a log of a million
 * events of 64 processes (about 700 MB) is read in seconds, in little more memory than its clocks.
 */
final class DefaultLogReader {
    private final ByteBuffer bytes;
    private final int end;
    private final RawExecution events = new RawExecution();
    private final List<LoadProblem> problems;
    private final NameTable names = new NameTable(events);
    private int[] scratch = new int[64];
    private byte[] clockBytes = new byte[4096];
    private final byte[] block = new byte[1 << 16];
    private int lineNumber; // of the line being read
    /** Whether the text since the last event holds something unmatched already reported: a stretch is reported once. */
    private boolean gapReported;

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
        DefaultLogReader reader = new DefaultLogReader(bytes, problems);
        reader.readEvents();
        return reader.events;
    }

    /**
     * Walks the log as the expression's search would: from where the last match ended, the rest of
     * that line is the next event's text if the line after it reads {@code host {clock}}; otherwise
     * the search moves on a line, and what it passed over must be blank.
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
                if (!blank(pos, textEnd) && !gapReported) {
                    unmatchedAt(pos, textEnd, lineNumber, pos - lineStart + 1);
                    gapReported = true;
                }
            } else {
                event(pos, textEnd, pos - lineStart + 1, hostStart, span);
                gapReported = false;
            }
            pos = span == null ? hostStart : span[2];
            lineStart = hostStart;
            eol = hostEol;
            lineNumber++;
        }
    }

    /** The first newline from i, or the end. Searched in copied blocks: byte by byte, a mapped file is slow to read. */
    private int newline(int i) {
        int j = i;
        int size = 1024;
        while (j < end) {
            int n = Math.min(Math.min(size, block.length), end - j);
            bytes.get(j, block, 0, n);
            for (int k = 0; k < n; k++) {
                if (block[k] == '\n') {
                    return j + k;
                }
            }
            j += n;
            size *= 2;
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
        int clockColumn = span[1] - hostStart + 1;
        String text = text(textStart, textEnd, line);
        String host = text(hostStart, span[0], clockLine);
        int hostId = events.nameId(host);
        int length = clock(span[1], span[2], clockLine, clockColumn);
        events.add(hostId, text, null, line, column, clockLine, clockColumn, length < 0 ? null : scratch, length);
    }

    /**
     * A clock read from its bytes into {@code scratch} by name number: {"name": count, …}, the quotes
     * possibly escaped. Returns how many entries of {@code scratch} it fills, or -1 when it is not a
     * clock. Anything out of the ordinary (escapes in names, signs, fractions) is left to the JSON
     * reader, which also words the problem. The bytes are copied to an array first: reading them one by one from a mapped file costs
     * more than the parsing.
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
        Arrays.fill(scratch, 0, Math.min(scratch.length, events.nameCount() + 1), 0);
        int entry = 0;
        while (i < n && b[i] != '}') {
            if (!quoteAt(b, i, n, escaped)) {
                return slowClock(from, to, line, column);
            }
            int nameStart = i + quote;
            int nameEnd = nameStart;
            while (nameEnd < n && b[nameEnd] != '"' && b[nameEnd] != '\\') {
                nameEnd++;
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
            } else if (i < n && b[i] != '}') {
                return slowClock(from, to, line, column);
            }
            if (value > 0) {
                int id = names.id(b, nameStart, nameEnd, entry++);
                if (id >= scratch.length) {
                    scratch = Arrays.copyOf(scratch, Math.max(id + 1, scratch.length * 2));
                }
                scratch[id] = (int) value;
                largest = Math.max(largest, id);
            }
        }
        if (i != n - 1) {
            return slowClock(from, to, line, column);
        }
        return largest + 1;
    }

    private static boolean quoteAt(byte[] b, int i, int n, boolean escaped) {
        return escaped ? i + 1 < n && b[i] == '\\' && b[i + 1] == '"' : i < n && b[i] == '"';
    }

    private int slowClock(int from, int to, int line, int column) {
        int[] counts = ShivizLog.clock(text(from, to, line), events, line, column);
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
        while (i < n && whitespace(b[i])) {
            i++;
        }
        return i;
    }

    /** The bytes as text; UTF-8 is checked only where a byte is not ASCII. */
    private String text(int from, int to, int line) {
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
            ascii = bytes.get(i) >= 0;
        }
        byte[] b = new byte[to - from];
        bytes.get(from, b);
        if (ascii) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = utf8.decode(ByteBuffer.wrap(b));
            return chars.toString();
        } catch (CharacterCodingException e) {
            problems.add(new LoadProblem(line, 1, "this line is not UTF-8 text"));
            return new String(b, StandardCharsets.UTF_8);
        }
    }

    /** Text the expression would not match: reported as the general reader reports it. */
    private void unmatchedAt(int from, int to, int line, int column) {
        int lead = from;
        while (lead < to && whitespace(bytes.get(lead))) {
            lead++;
        }
        String snippet = text(lead, to, line).strip();
        if (snippet.length() > 60) {
            snippet = snippet.substring(0, 57) + "…";
        }
        problems.add(new LoadProblem(line, column + (lead - from),
                "the regular expression does not match this text: \"" + snippet + "\""));
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
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0B || b == '\f';
    }
}
