package dev.spacetime.io;

import java.nio.charset.StandardCharsets;

/**
 * Where the top-level {@code "messages"} array lies in the bytes of a diagram file: from its {@code [}
 * to just past its {@code ]}. Found by a scan backwards from the file's closing brace over the members
 * after it, so only the messages and what follows them are looked at, not the events before.
 *
 * <p>The scan trusts the file to be well-formed JSON and does not check it; whoever uses the span must
 * parse both the span and the rest, which shows whether the guess was right.
 */
record MessagesSpan(int start, int end) {
    private static final byte[] KEY = "messages".getBytes(StandardCharsets.US_ASCII);
    /** The top object has six fields; a file with more is read on one thread anyway. */
    private static final int MEMBERS_LOOKED_AT = 8;

    /** The span of the top-level "messages" array, or null when the scan does not find one. */
    static MessagesSpan find(byte[] b) {
        int i = skipSpaceBack(b, b.length - 1);
        if (i < 0 || b[i] != '}') {
            return null;
        }
        i--;
        for (int member = 0; member < MEMBERS_LOOKED_AT; member++) {
            int valueEnd = skipSpaceBack(b, i);
            if (valueEnd < 0) {
                return null;
            }
            int valueStart = valueStartBack(b, valueEnd);
            int colon = skipSpaceBack(b, valueStart - 1);
            if (valueStart < 0 || colon < 0 || b[colon] != ':') {
                return null;
            }
            int keyEnd = skipSpaceBack(b, colon - 1);
            if (keyEnd < 0 || b[keyEnd] != '"') {
                return null;
            }
            int keyStart = openingQuote(b, keyEnd);
            if (keyStart < 0) {
                return null;
            }
            if (b[valueStart] == '[' && isKey(b, keyStart + 1, keyEnd)) {
                return new MessagesSpan(valueStart, valueEnd + 1);
            }
            i = skipSpaceBack(b, keyStart - 1);
            if (i < 0 || b[i] != ',') {
                return null; // the first member, or not JSON as expected
            }
            i--;
        }
        return null;
    }

    private static boolean isKey(byte[] b, int from, int to) {
        if (to - from != KEY.length) {
            return false;
        }
        for (int k = 0; k < KEY.length; k++) {
            if (b[from + k] != KEY[k]) {
                return false;
            }
        }
        return true;
    }

    /** The first byte of the value that ends at {@code end}, or -1. */
    private static int valueStartBack(byte[] b, int end) {
        byte last = b[end];
        if (last == '"') {
            return openingQuote(b, end);
        }
        if (last != ']' && last != '}') { // a number, true, false or null
            int k = end;
            while (k >= 0 && !isSpace(b[k]) && b[k] != ':' && b[k] != ',' && b[k] != '[' && b[k] != '{') {
                k--;
            }
            return k + 1;
        }
        int depth = 0;
        for (int k = end; k >= 0; k--) {
            byte c = b[k];
            if (c == '"') {
                k = openingQuote(b, k);
                if (k < 0) {
                    return -1;
                }
            } else if (c == ']' || c == '}') {
                depth++;
            } else if ((c == '[' || c == '{') && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /** The quote that opens the string whose closing quote is at {@code close}, or -1. */
    private static int openingQuote(byte[] b, int close) {
        for (int k = close - 1; k >= 0; k--) {
            if (b[k] == '"' && !isEscaped(b, k)) {
                return k;
            }
        }
        return -1;
    }

    /** True when an odd number of backslashes stands before {@code k}: inside a string, its quote is escaped. */
    private static boolean isEscaped(byte[] b, int k) {
        int slashes = 0;
        while (k - 1 - slashes >= 0 && b[k - 1 - slashes] == '\\') {
            slashes++;
        }
        return (slashes & 1) == 1;
    }

    private static int skipSpaceBack(byte[] b, int k) {
        while (k >= 0 && isSpace(b[k])) {
            k--;
        }
        return k;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
}
