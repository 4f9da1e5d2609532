package dev.spacetime.io.shiviz;

import dev.spacetime.io.LoadProblem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Pieces of a log read from its bytes, for the readers that do not hold it as text. */
final class LogBytes {
    private LogBytes() {
    }

    /** The bytes [from, to) as text; UTF-8 is checked only where a byte is not ASCII, and a failure is reported. */
    static String text(ByteBuffer bytes, int from, int to, int line, List<LoadProblem> problems) {
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
            problems.add(new LoadProblem(line, 1, "this line is not UTF-8 text"));
            return new String(b, StandardCharsets.UTF_8);
        }
    }

    /** Whitespace as the expression's \s means it. */
    static boolean whitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0B || b == '\f';
    }
}
