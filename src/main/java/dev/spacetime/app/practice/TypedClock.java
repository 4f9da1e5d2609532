package dev.spacetime.app.practice;

import java.util.ArrayList;
import java.util.List;

/**
 * A clock as a student types it at a dot: C as a whole number ("5"), V as its entries, one per process
 * ("[1,0,2]", "1 0 2" or "1,0,2"). What cannot be a clock is refused with the reason.
 */
final class TypedClock {
    private TypedClock() {
    }

    /** C typed as text. @throws IllegalArgumentException saying why the text is no Lamport clock */
    static int lamport(String text) {
        String t = text.strip();
        if (!t.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("C is a whole number, 0 or more (\"" + t + "\" is not): "
                    + "IR1 adds 1 to the process's clock between events, IR2 takes the larger of it and Tm");
        }
        return Integer.parseInt(t);
    }

    /** V typed as text, with {@code processes} entries. @throws IllegalArgumentException saying why not */
    static List<Integer> vector(String text, int processes) {
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        String[] parts = t.isEmpty() ? new String[0] : t.split("\\s*[,;\\s]\\s*");
        List<Integer> v = new ArrayList<>();
        for (String p : parts) {
            if (!p.matches("\\d{1,9}")) {
                throw new IllegalArgumentException("each entry of V is a whole number, 0 or more (\"" + p + "\" is not)");
            }
            v.add(Integer.parseInt(p));
        }
        if (v.size() != processes) {
            throw new IllegalArgumentException("V has one entry per process, " + processes + " here, not " + v.size()
                    + ": type it as [" + "0,".repeat(Math.max(0, processes - 1)) + "0]");
        }
        return v;
    }

    /** "[1,0,2]". */
    static String vectorText(List<Integer> v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(v.get(i));
        }
        return sb.append(']').toString();
    }
}
