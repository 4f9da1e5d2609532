package dev.spacetime.io.shiviz;

import dev.spacetime.io.LoadProblem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Pieces of a log read from its bytes, for the readers that do not hold it as text. */
final class LogBytes {
    private LogBytes() {
    }

    /** The bytes [from, to), which begin at (line, column), as text; UTF-8 is checked only where a byte is not ASCII, and a failure is reported. */
    static String text(ByteBuffer bytes, int from, int to, int line, int column, List<LoadProblem> problems) {
        byte[] b = new byte[to - from];
        bytes.get(from, b);
        boolean ascii = true;
        for (int i = 0; i < b.length && ascii; i++) {
            ascii = b[i] >= 0;
        }
        if (ascii) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = utf8.decode(ByteBuffer.wrap(b));
            return chars.toString();
        } catch (CharacterCodingException e) {
            LoadProblem at = firstBadByte(ByteBuffer.wrap(b));
            problems.add(new LoadProblem(line, column + at.column() - 1, at.message()));
            return new String(b, StandardCharsets.UTF_8);
        }
    }

    static boolean startsWithByteOrderMark(ByteBuffer bytes) {
        return bytes.limit() >= 3 && bytes.get(0) == (byte) 0xEF && bytes.get(1) == (byte) 0xBB
                && bytes.get(2) == (byte) 0xBF;
    }

    /** Whether a \r ends a line on its own somewhere (not as the first half of \r\n). Read in blocks: it may be mapped. */
    static boolean hasLoneReturn(ByteBuffer bytes) {
        byte[] block = new byte[1 << 16];
        int n = bytes.limit();
        for (int from = 0; from < n; from += block.length) {
            int len = Math.min(block.length, n - from);
            bytes.get(from, block, 0, len);
            for (int i = 0; i < len; i++) {
                if (block[i] == '\r' && (from + i + 1 >= n || bytes.get(from + i + 1) != '\n')) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the bytes first fail to be UTF-8, as a problem at its line and column (in characters, as
     * the lines read up to there).
     */
    static LoadProblem firstBadByte(ByteBuffer bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = bytes.duplicate();
        CharBuffer out = CharBuffer.allocate(1 << 16);
        int line = 1;
        int column = 1;
        char before = 0;
        while (true) {
            CoderResult result = utf8.decode(in, out, true);
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (c == '\n' && before == '\r') {
                    // the second half of one line end
                } else if (c == '\n' || c == '\r') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
                before = c;
            }
            out.clear();
            if (result.isError()) {
                int b = in.get(in.position()) & 0xFF;
                return new LoadProblem(line, column, String.format("the log is not UTF-8 text: the byte 0x%02X here "
                        + "is no part of a UTF-8 character; save the log as UTF-8", b));
            }
            if (result.isUnderflow()) {
                return LoadProblem.unlocated("the log is not UTF-8 text");
            }
        }
    }

    /** Whitespace as the expression's \s means it. */
    static boolean whitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0B || b == '\f';
    }
}
