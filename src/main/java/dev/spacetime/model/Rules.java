package dev.spacetime.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The paper's rules for a diagram, checked as a whole (after loading) or one at a time (by edits).
 *
 * <ul>
 *   <li>no message goes from a process to itself;</li>
 *   <li>two events have at most one message between them (the storage refuses a second);</li>
 *   <li>no causal cycle: a receive never happens before its own send, directly or through other
 *       messages, external ones included (they are physical causes too);</li>
 *   <li>physical times, where given, strictly increase along a process, and no message is received
 *       before it is sent.</li>
 * </ul>
 */
public final class Rules {
    private Rules() {
    }

    /** Every problem in the diagram, in a stable order: events, messages, times, cycles. */
    public static List<Problem> check(Diagram d) {
        return check(d, Integer.MAX_VALUE);
    }

    /**
     * The first {@code limit} problems of {@link #check(Diagram)}, in the same order: a hostile file with
     * a million broken events must not cost a million explanations.
     */
    public static List<Problem> check(Diagram d, int limit) {
        List<Problem> problems = new ArrayList<>();
        for (int k = 0; k < d.messageCount() && problems.size() < limit; k++) {
            int m = d.message(k);
            int r = d.messageTo(m);
            int s = d.messageFrom(m);
            if (d.processOf(s) == d.processOf(r)) {
                problems.add(Problem.ofMessage(d.eventId(s), d.eventId(r), selfMessage(d, s, r)));
            }
        }
        for (int p = 0; p < d.processCount() && problems.size() < limit; p++) {
            int previous = -1;
            for (int i = 0; i < d.eventCount(p) && problems.size() < limit; i++) {
                int e = d.eventAt(p, i);
                if (!d.hasTime(e)) {
                    continue;
                }
                if (Double.isInfinite(d.eventTime(e))) {
                    problems.add(new Problem(Problem.Kind.EVENT, d.eventId(e),
                            "event " + shown(d.eventId(e)) + " has time " + d.eventTime(e) + "; a time must be a finite number"));
                    continue;
                }
                if (previous >= 0 && !(d.eventTime(e) > d.eventTime(previous))) {
                    problems.add(new Problem(Problem.Kind.EVENT, d.eventId(e), timeNotIncreasing(d, previous, e)));
                }
                previous = e;
            }
        }
        for (int k = 0; k < d.messageCount() && problems.size() < limit; k++) {
            int m = d.message(k);
            int r = d.messageTo(m);
            int s = d.messageFrom(m);
            if (d.hasTime(s) && d.hasTime(r) && d.eventTime(r) < d.eventTime(s)) {
                problems.add(Problem.ofMessage(d.eventId(s), d.eventId(r), receivedBeforeSent(d, s, r)));
            }
        }
        for (List<Integer> cycle : CausalCycles.find(d)) {
            if (problems.size() >= limit) {
                break;
            }
            if (cycle.size() == 1) {
                continue; // an event sending to itself: already reported as a self-message
            }
            int at = firstMessage(d, cycle);
            int from = cycle.get((at + cycle.size() - 1) % cycle.size());
            problems.add(Problem.ofMessage(d.eventId(from), d.eventId(cycle.get(at)),
                    "causal cycle: " + CausalCycles.describe(d, cycle)
                            + "; a message cannot be received before it is sent"));
        }
        return problems;
    }

    // ---- the reasons, shared by the whole-diagram check and the edits ----

    static String selfMessage(Diagram d, int s, int r) {
        return "message " + shown(d.eventId(s)) + " → " + shown(d.eventId(r)) + " goes from process "
                + shown(d.processName(d.processOf(s))) + " to itself; messages go between processes";
    }

    static String timeNotIncreasing(Diagram d, int previous, int e) {
        return "event " + shown(d.eventId(e)) + " has time " + formatTime(d.eventTime(e)) + ", not after "
                + shown(d.eventId(previous)) + " (time " + formatTime(d.eventTime(previous)) + ") on process "
                + shown(d.processName(d.processOf(e))) + "; times must increase along a process";
    }

    static String receivedBeforeSent(Diagram d, int s, int r) {
        return "message " + shown(d.eventId(s)) + " → " + shown(d.eventId(r)) + " is received at time "
                + formatTime(d.eventTime(r)) + ", before it is sent at time " + formatTime(d.eventTime(s));
    }

    /**
     * A name or id as a reason quotes it: control characters (a newline in a name, say) written as
     * \\uXXXX, so that a reason stays one line and shows what is really there.
     */
    public static String shown(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                sb.append(String.format("\\u%04x", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** A time as written in a file: whole numbers without a decimal point. */
    public static String formatTime(double t) {
        if (t == Math.rint(t) && Math.abs(t) < 1e15) {
            return Long.toString((long) t);
        }
        return Double.toString(t);
    }

    /** The place in the cycle of the first event it enters by a message (a cycle has at least one). */
    private static int firstMessage(Diagram d, List<Integer> cycle) {
        int n = cycle.size();
        for (int i = 0; i < n; i++) {
            if (d.messageBetween(cycle.get((i + n - 1) % n), cycle.get(i)) >= 0) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Whether a name is blank as a person sees it: only white space, including the no-break spaces
     * (U+00A0, U+2007, U+202F) and invisible format characters (U+200B, U+FEFF) that String.isBlank
     * counts as text.
     */
    public static boolean isBlank(String s) {
        // A loop rather than a stream: a file reader asks this of every id, a million times in a big file.
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if ((c > ' ' && c < 0x7f) || !(Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT)) {
                return false; // printable ASCII is never blank: the common case answered without a table
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** The first half of a UTF-16 pair standing alone in {@code s}, or -1: such text cannot be written as UTF-8. */
    public static int unpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
