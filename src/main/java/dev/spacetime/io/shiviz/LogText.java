package dev.spacetime.io.shiviz;

/** Line and column of an offset in a text, for locating problems (both counted from 1). */
final class LogText {
    private final String text;
    private final int[] lineStarts;
    private final boolean surrogates; // whether any character takes two chars, so columns must count code points

    LogText(String text) {
        this.text = text;
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        lineStarts = new int[lines];
        surrogates = text.chars().anyMatch(c -> Character.isSurrogate((char) c));
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[k++] = i + 1;
            }
        }
    }

    String text() {
        return text;
    }

    int line(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** The column in characters as a person counts them (code points), from 1. */
    int column(int offset) {
        int start = lineStarts[line(offset) - 1];
        return (surrogates ? text.codePointCount(start, offset) : offset - start) + 1;
    }

    /** The start of line n (from 1), or the text's length past the end. */
    int lineStart(int n) {
        return n - 1 < lineStarts.length ? lineStarts[n - 1] : text.length();
    }

    int lineCount() {
        return lineStarts.length;
    }
}
