package dev.spacetime.sim.replica;

import dev.spacetime.model.ReadableNumber;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges a run of the replicated register from what it recorded (what each replica ran, in which
 * order, and x after each), not from how the algorithm decided: did every replica run the same
 * commands in the same order, the order ⇒; do they end with the same x, and if not, at which step do
 * they first differ; and did every command run everywhere, or did the run stall.
 */
public final class ReplicaCheck {
    /** How the run ended, from best to worst as a class would rank it. */
    public enum Outcome { AGREE, STALLED, DIFFERENT_ORDERS, DIVERGE }

    /**
     * The outcome, a headline, one line per check ("✓ …" or "✗ …"), and the events to ring on the
     * diagram (where replicas first differ, or the silence).
     */
    public record Verdict(Outcome outcome, String headline, List<String> lines, List<String> events) {
        public Verdict {
            lines = List.copyOf(lines);
            events = List.copyOf(events);
        }

        public boolean agree() {
            return outcome == Outcome.AGREE;
        }

        public String describe() {
            return String.join("\n", lines) + "\n";
        }
    }

    private ReplicaCheck() {
    }

    public static Verdict check(ReplicaRun run) {
        List<List<ReplicaRun.Execution>> ex = run.executions();
        List<String> lines = new ArrayList<>();
        List<String> events = new ArrayList<>();
        int total = run.commands().size();

        int[] order = firstDifference(ex, false);
        int[] state = firstDifference(ex, true);
        boolean inOrder = ex.stream().allMatch(ReplicaCheck::sortedByTotalOrder);
        if (order == null) {
            lines.add("✓ one order: every replica ran its commands in " + (inOrder ? "the order ⇒ of their timestamps"
                    : "the same order"));
        } else {
            lines.add("✗ different orders: " + step(ex, order));
        }
        if (!inOrder) {
            lines.add("✗ not in ⇒ order: " + firstOutOfOrder(ex));
        }

        List<Long> finals = new ArrayList<>();
        for (List<ReplicaRun.Execution> e : ex) {
            finals.add(e.isEmpty() ? 0L : e.get(e.size() - 1).x());
        }
        List<String> shortOf = new ArrayList<>();
        List<String> complete = new ArrayList<>();
        for (int p = 0; p < ex.size(); p++) {
            int missing = total - ex.get(p).size();
            if (missing > 0) {
                shortOf.add(missing + " on P" + (p + 1));
            } else {
                complete.add("P" + (p + 1));
            }
        }
        boolean sameEnd = finals.stream().distinct().count() == 1;
        if (sameEnd) {
            lines.add("✓ replicas end identical: x = " + finals.get(0) + " on every one");
        } else if (order == null) {
            // The same order everywhere: those that ran fewer commands are behind, not different.
            lines.add("✗ replicas end different only because some ran fewer commands: " + ends(finals));
        } else {
            int[] at = state != null ? state : order;
            // Where the first different command also left different x, the line above already told it.
            lines.add("✗ replicas end different: " + ends(finals) + "; they first differ after their "
                    + ordinal(at[0] + 1) + " command" + (java.util.Arrays.equals(at, order) ? ", as above"
                            : ": " + step(ex, at)));
            events.add(ex.get(at[1]).get(at[0]).event());
            events.add(ex.get(at[2]).get(at[0]).event());
        }

        ReplicaRun.Silence silence = run.silence();
        if (shortOf.isEmpty()) {
            lines.add("✓ every command ran everywhere: " + total + " commands on each of " + ex.size() + " replicas");
        } else {
            String waitFirst = firstWaiting(run);
            String silent = silence == null ? "" : "P" + (silence.process() + 1);
            lines.add("✗ stalled: commands never run, " + String.join(", ", shortOf)
                    + (waitFirst.isEmpty() ? "" : " (the first " + waitFirst + ")")
                    + (silence == null ? "" : ". " + silent + " fell silent at t = " + ReadableNumber.of(silence.time())
                            + " (its last message Tm = " + silence.lastStamp() + "), so no one else can know that a"
                            + " command timestamped later is stable: " + silent + " might yet send one that comes before"
                            + " it in ⇒")
                    + (complete.isEmpty() ? "" : ". " + String.join(" and ", complete) + " ran every command"
                            + (complete.contains(silent) ? " (" + silent + " still hears everyone)" : "")));
            if (silence != null) {
                events.add(silence.event());
            }
        }

        Outcome outcome = order != null ? (sameEnd ? Outcome.DIFFERENT_ORDERS : Outcome.DIVERGE)
                : shortOf.isEmpty() ? Outcome.AGREE : Outcome.STALLED;
        int[] at = state != null ? state : order;
        String headline = switch (outcome) {
            case AGREE -> "Replicas agree: all ran the same " + total + " commands in ⇒ order and end with x = "
                    + finals.get(0);
            case STALLED -> "Stalled" + (silence == null ? "" : " once P" + (silence.process() + 1) + " fell silent at t = "
                    + ReadableNumber.of(silence.time())) + ": commands never run, " + String.join(", ", shortOf)
                    + "; what did run, ran in the same order everywhere";
            case DIFFERENT_ORDERS -> "Replicas ran the commands in different orders (they happen to end equal, x = "
                    + finals.get(0) + ")";
            case DIVERGE -> "Replicas diverge after their " + ordinal(at[0] + 1) + " command: " + ends(finals);
        };
        return new Verdict(outcome, headline, lines, events.stream().distinct().toList());
    }

    /**
     * The first step k at which two replicas that both took it differ (in the command run, or with
     * {@code byState} in x after it): {k, replica a, replica b}, or null.
     */
    private static int[] firstDifference(List<List<ReplicaRun.Execution>> ex, boolean byState) {
        int longest = ex.stream().mapToInt(List::size).max().orElse(0);
        for (int k = 0; k < longest; k++) {
            int first = -1;
            for (int p = 0; p < ex.size(); p++) {
                if (k >= ex.get(p).size()) {
                    continue;
                }
                if (first < 0) {
                    first = p;
                    continue;
                }
                ReplicaRun.Execution a = ex.get(first).get(k);
                ReplicaRun.Execution b = ex.get(p).get(k);
                if (byState ? a.x() != b.x() : !a.command().equals(b.command())) {
                    return new int[] {k, first, p};
                }
            }
        }
        return null;
    }

    /** "P1's 3rd command was 2:P2 x += 2 (p1_7), leaving x = 7; P2's was 3:P1 x := 5 (p2_6), leaving x = 5". */
    private static String step(List<List<ReplicaRun.Execution>> ex, int[] at) {
        ReplicaRun.Execution a = ex.get(at[1]).get(at[0]);
        ReplicaRun.Execution b = ex.get(at[2]).get(at[0]);
        return "P" + (at[1] + 1) + "'s " + ordinal(at[0] + 1) + " command was " + a.command() + " (" + a.event()
                + "), leaving x = " + a.x() + "; P" + (at[2] + 1) + "'s was " + b.command() + " (" + b.event()
                + "), leaving x = " + b.x();
    }

    private static boolean sortedByTotalOrder(List<ReplicaRun.Execution> e) {
        for (int k = 1; k < e.size(); k++) {
            if (e.get(k - 1).command().compareTo(e.get(k).command()) > 0) {
                return false;
            }
        }
        return true;
    }

    private static String firstOutOfOrder(List<List<ReplicaRun.Execution>> ex) {
        for (int p = 0; p < ex.size(); p++) {
            List<ReplicaRun.Execution> e = ex.get(p);
            for (int k = 1; k < e.size(); k++) {
                Stamped before = e.get(k - 1).command();
                Stamped after = e.get(k).command();
                if (before.compareTo(after) > 0) {
                    return "P" + (p + 1) + " ran " + before.tag() + " before " + after.tag() + ", though " + after.tag()
                            + " ⇒ " + before.tag();
                }
            }
        }
        return "";
    }

    private static String firstWaiting(ReplicaRun run) {
        for (List<Stamped> w : run.leftWaiting()) {
            if (!w.isEmpty()) {
                return w.get(0).toString();
            }
        }
        return "";
    }

    /** "x = 7 on P1, x = 5 on P2 and P3". */
    private static String ends(List<Long> finals) {
        List<String> parts = new ArrayList<>();
        List<Long> seen = new ArrayList<>();
        for (Long v : finals) {
            if (seen.contains(v)) {
                continue;
            }
            seen.add(v);
            List<String> on = new ArrayList<>();
            for (int p = 0; p < finals.size(); p++) {
                if (finals.get(p).equals(v)) {
                    on.add("P" + (p + 1));
                }
            }
            String names = on.size() == 1 ? on.get(0)
                    : String.join(", ", on.subList(0, on.size() - 1)) + " and " + on.get(on.size() - 1);
            parts.add("x = " + v + " on " + names);
        }
        return String.join(", ", parts);
    }

    static String ordinal(int k) {
        int mod100 = k % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (k % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return k + suffix;
    }
}
