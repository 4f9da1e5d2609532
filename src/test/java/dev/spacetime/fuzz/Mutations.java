package dev.spacetime.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations of a file's bytes as a hostile or careless user makes them: byte flips and cuts, lines
 * moved, doubled or dropped, and changes of meaning (numbers, names, a log's expressions).
 * A mutation is chosen by three numbers, which jqwik draws, so a failing input can be made again.
 */
final class Mutations {
    /** Bytes and pieces that have broken readers before, or could. */
    static final String[] PIECES = {"\u0000", "\uFEFF", "\r", "\r\n", "\n", "{", "}", "[", "]", ",", ":", "\"", "\\",
        "\\d", "\\u0007", "\u0007", "\u00a0", "-1", "0", "01", "1.5", "1e309", "18446744073709551617",
        "2147483648", "NaN", "null", "true", "[[[[[[[[[[[[[[[[[[[[", "{\"a\":{\"a\":{\"a\":{\"a\":1}}}}",
        ",}", "}}", "\uD800", "😀", "é", " ", "\t", "//", "/*", "'", "(?<host>", "\\k<host>", "(a+)+$"};
    /** Expressions for a log's first two lines: valid, odd, hostile. */
    static final String[] EXPRESSIONS = {"", "(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})",
        "(?<host>\\S*) (?<clock>{.*})\\n(?<event>.*)", "(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})(?<extra>)",
        "(?<event>((a+)+)+$)(?<host>x)(?<clock>y)", "(?<event>(.|\\s)*)\\n(?<host>\\S*) (?<clock>{.*})",
        "(?<event>.*)\\n\\k<host> (?<clock>{.*})", "(?<event>.*)\\n\\(?<host>\\S*\\) (?<clock>{.*})",
        "(?<event>.*", "[", "(?<host>)(?<clock>)(?<event>)", "(?x)(?<event>.*)#\\n(?<host>\\S*) (?<clock>{.*})",
        "(?<trace>.*)", "=== (?<trace>.*) ===", "((a+)+)+$", "(a|b)*c", "^$"};
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern STRING = Pattern.compile("\"[^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+\""); // possessive: no recursion on long strings

    private Mutations() {
    }

    /** The input with mutation {@code kind} applied at {@code where} (a fraction, 0–9999) using piece {@code which}. */
    static byte[] apply(byte[] input, int kind, int where, int which) {
        int n = input.length;
        int at = n == 0 ? 0 : (int) ((long) where * n / 10_000);
        return switch (kind % 12) {
            case 0 -> flipped(input, at, which);
            case 1 -> spliced(input, at, 0, piece(which));
            case 2 -> spliced(input, at, Math.min(n - at, 1 + which % 64), new byte[0]); // cut a stretch
            case 3 -> spliced(input, at, 0, slice(input, at, Math.min(n, at + 1 + which % 200))); // double a stretch
            case 4 -> slice(input, 0, at); // cut short
            case 5 -> lines(input, at, which);
            case 6 -> replaced(input, NUMBER, which, where, new String[] {"-1", "0", "2147483647", "2147483648",
                "18446744073709551617", "1e309", "1.5", "-0", "9".repeat(120)});
            case 7 -> replaced(input, STRING, which, where, new String[] {"\"\"", "\"\u00a0\"", "\" \"", "\"\\uD800\"",
                "\"a\\nb\"", "\"x\"", "\"p\"", "\"" + "w".repeat(70_000) + "\"", "\"\\u0000\"", "null", "1"});
            case 8 -> expressionLine(input, which % 2, which / 2);
            case 9 -> spliced(input, at, 0, new byte[] {(byte) 0xFF, (byte) 0xC3});
            case 10 -> spliced(input, at, 0, piece(which).repeat(1 + which % 7).getBytes(StandardCharsets.UTF_8));
            default -> spliced(input, at, 0, (piece(which) + piece(which / 7)).getBytes(StandardCharsets.UTF_8));
        };
    }

    private static String piece(int which) {
        return PIECES[Math.floorMod(which, PIECES.length)];
    }

    private static byte[] flipped(byte[] input, int at, int which) {
        if (input.length == 0) {
            return input;
        }
        byte[] out = input.clone();
        out[Math.min(at, out.length - 1)] ^= (byte) (1 << (which % 8));
        return out;
    }

    private static byte[] spliced(byte[] input, int at, int remove, String text) {
        return spliced(input, at, remove, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] spliced(byte[] input, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + insert.length);
        out.write(input, 0, at);
        out.writeBytes(insert);
        out.write(input, at + remove, input.length - at - remove);
        return out.toByteArray();
    }

    private static byte[] slice(byte[] input, int from, int to) {
        byte[] out = new byte[Math.max(0, to - from)];
        System.arraycopy(input, from, out, 0, out.length);
        return out;
    }

    /** A line dropped, doubled, or swapped with the next. */
    private static byte[] lines(byte[] input, int at, int which) {
        List<String> lines = new ArrayList<>(List.of(new String(input, StandardCharsets.UTF_8).split("\n", -1)));
        int k = Math.min(lines.size() - 1, (int) ((long) at * lines.size() / Math.max(1, input.length)));
        switch (which % 3) {
            case 0 -> lines.remove(k);
            case 1 -> lines.add(k, lines.get(k));
            default -> {
                if (k + 1 < lines.size()) {
                    lines.set(k, lines.set(k + 1, lines.get(k)));
                }
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** One number or string of the input (chosen by {@code where}) replaced by one of {@code by}. */
    private static byte[] replaced(byte[] input, Pattern what, int which, int where, String[] by) {
        String text = new String(input, StandardCharsets.UTF_8);
        Matcher m = what.matcher(text);
        List<int[]> found = new ArrayList<>();
        while (m.find() && found.size() < 10_000) {
            found.add(new int[] {m.start(), m.end()});
        }
        if (found.isEmpty()) {
            return input;
        }
        int[] span = found.get(where % found.size());
        String replacement = by[Math.floorMod(which, by.length)];
        return (text.substring(0, span[0]) + replacement + text.substring(span[1])).getBytes(StandardCharsets.UTF_8);
    }

    /** A log's expression (line 1) or delimiter (line 2) replaced. */
    private static byte[] expressionLine(byte[] input, int line, int which) {
        List<String> lines = new ArrayList<>(List.of(new String(input, StandardCharsets.UTF_8).split("\n", -1)));
        while (lines.size() < 2) {
            lines.add("");
        }
        lines.set(line, EXPRESSIONS[Math.floorMod(which, EXPRESSIONS.length)]);
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
