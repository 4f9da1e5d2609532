package dev.spacetime.cli;

import dev.spacetime.causality.AssignedClocks;
import java.util.List;
import dev.spacetime.causality.ClockCondition;
import dev.spacetime.model.ReadableNumber;
import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.causality.PairCounts;
import dev.spacetime.causality.PairVisitor;
import dev.spacetime.model.Diagram;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.function.Consumer;

/** The readable analysis: events in ⇒ order with their clocks, then the counts of section 4 and 5. */
final class AnalysisText {
    private final Analysis analysis;
    private final EventGraph g;
    private final Diagram d;
    private final PrintWriter out;

    private AnalysisText(Analysis analysis, PrintWriter out) {
        this.analysis = analysis;
        this.g = analysis.graph();
        this.d = g.diagram();
        this.out = out;
    }

    static void write(Analysis analysis, boolean listPairs, int pairLimit, PrintWriter out) {
        new AnalysisText(analysis, out).write(listPairs, pairLimit);
    }

    private void write(boolean listPairs, int pairLimit) {
        if (!d.title().isEmpty()) {
            out.println(d.title());
        }
        int external = g.externalMessageCount();
        out.printf("%d processes, %d events, %d messages (%d external)%n%n", d.processCount(), d.eventCount(),
                d.messageCount(), external);
        writeTable();
        out.println();
        out.println("Clock Condition (a → b implies C(a) < C(b)): "
                + (analysis.clockConditionHolds() ? "holds" : "VIOLATED"));
        PairCounts counts = analysis.pairCounts();
        out.printf("Concurrent pairs (a ‖ b): %d%n", counts.concurrent());
        out.printf("False orderings (C(a) < C(b) yet a ‖ b): %d%n", counts.falseOrderings());
        if (listPairs) {
            list(analysis::falseOrderings, pairLimit, counts.falseOrderings(),
                    (a, b) -> g.id(a) + " ‖ " + g.id(b) + "   C = " + analysis.lamport(a) + " < "
                            + analysis.lamport(b));
        }
        // Two notions of section 5, counted apart: the Strong Clock Condition fails on a ➝ b whenever
        // C(a) ≥ C(b); the anomalous behaviour is when ⇒ then puts b first (equal clocks may still put a first).
        out.printf("Strong Clock Condition violations (a ➝ b through external messages yet C(a) ≥ C(b)): %d%n",
                counts.anomalies());
        long reversed = reversedByTotalOrder(counts.anomalies());
        out.println("Anomalies (a ➝ b yet ⇒ puts b before a): " + (reversed < 0 ? "not counted (too many pairs)" : reversed));
        if (listPairs) {
            list(analysis::anomalies, pairLimit, counts.anomalies(),
                    (a, b) -> g.id(a) + " ➝ " + g.id(b) + "   C = " + analysis.lamport(a) + " ≥ "
                            + analysis.lamport(b) + (analysis.totallyBefore(b, a) ? "   ⇒ puts " + g.id(b) + " first: anomalous"
                            : "   ⇒ still puts " + g.id(a) + " first (equal clocks, process order)"));
        }
        AssignedClocks own = AssignedClocks.of(analysis);
        if (own != null) {
            writeAssigned(own, pairLimit);
        }
        out.flush();
    }

    /** The diagram's own clocks held against the paper's conditions, and the order ⇒ they give. */
    private void writeAssigned(AssignedClocks own, int limit) {
        String c = own.name();
        out.println();
        out.println("The diagram's own clocks, " + c + " (beside the Lamport clocks C):");
        // C1 and C2 apart, as the paper states them; an event without a value is not yet given, not a failure.
        List<ClockCondition.Violation> c1 = own.c1Violations();
        List<ClockCondition.Violation> c2 = own.c2Violations();
        boolean holds = c1.isEmpty() && c2.isEmpty();
        out.println("  Clock Condition (a → b implies " + c + "(a) < " + c + "(b)): "
                + (!holds ? "VIOLATED" : own.complete() ? "holds" : "holds so far (some values not yet given)"));
        out.println("    C1, along each process: " + (c1.isEmpty() ? "holds" : "fails at " + c1.size() + (c1.size() == 1 ? " step" : " steps")));
        c1.stream().limit(limit).forEach(v -> out.println("      " + step(own, v)));
        out.println("    C2, along each message: " + (c2.isEmpty() ? "holds" : "fails at " + c2.size() + (c2.size() == 1 ? " message" : " messages")));
        c2.stream().limit(limit).forEach(v -> out.println("      " + step(own, v)));
        List<ClockCondition.Violation> strong = own.strongClockConditionViolations();
        out.println("  Strong Clock Condition (a ➝ b, external messages too, implies " + c + "(a) < " + c + "(b)): "
                + (strong.isEmpty() ? "holds" : "fails at " + strong.size() + (strong.size() == 1 ? " step" : " steps")));
        strong.stream().filter(v -> v.external()).limit(limit).forEach(v -> out.println("    " + step(own, v)));
        List<Integer> missing = own.missing();
        if (!missing.isEmpty()) {
            out.println("  Events without a value (not yet given): " + missing.stream().limit(limit).map(g::id)
                    .collect(java.util.stream.Collectors.joining(", ")) + (missing.size() > limit ? ", …" : ""));
        }
        String why = own.whyNoOrder();
        int[] order = own.totalOrder();
        StringBuilder sb = new StringBuilder("  ⇒ under " + c + (why == null ? "" : " (not a ⇒ that extends →: " + why + ")") + ":");
        for (int k = 0; k < Math.min(order.length, 40); k++) {
            sb.append(' ').append(g.id(order[k]));
        }
        out.println(sb.append(order.length > 40 ? " …" : ""));
    }

    /** "p2 → p3 (C1): C_phys 3 ≥ 2", "a5 ⇝ b1 (external message): C_phys 12 ≥ 11". */
    private String step(AssignedClocks own, ClockCondition.Violation v) {
        String kind = !v.message() ? "C1, along " + d.processName(g.process(v.from())) : v.external() ? "external message" : "C2, a message";
        return g.id(v.from()) + (v.message() ? " ⇝ " : " → ") + g.id(v.to()) + " (" + kind + "): " + own.name() + " "
                + ReadableNumber.of(own.of(v.from())) + " ≥ " + ReadableNumber.of(own.of(v.to()));
    }

    /** How many Strong Clock Condition violations ⇒ also reverses, or -1 past ten million pairs. */
    private long reversedByTotalOrder(long violations) {
        if (violations > 10_000_000) {
            return -1;
        }
        long[] n = {0};
        analysis.anomalies((a, b) -> {
            n[0] += analysis.totallyBefore(b, a) ? 1 : 0;
            return true;
        });
        return n[0];
    }

    private void writeTable() {
        int idWidth = 5;
        int processWidth = 7;
        for (int e = 0; e < g.eventCount(); e++) {
            idWidth = Math.max(idWidth, g.id(e).length());
        }
        for (int p = 0; p < d.processCount(); p++) {
            processWidth = Math.max(processWidth, d.processName(p).length());
        }
        if (g.eventCount() == 0) {
            out.println("No events.");
            return;
        }
        out.println("Events in the total order ⇒ (by Lamport clock C; equal clocks ordered by process: "
                + String.join(", ", processNames()) + ")");
        String row = "%6s  %-" + idWidth + "s  %-" + processWidth + "s  %6s  %s%s%n";
        out.printf(row, "#", "event", "process", "C", "vector", "");
        for (int r = 0; r < analysis.eventCount(); r++) {
            int e = analysis.totalOrder().at(r);
            boolean tieWithPrevious = r > 0 && analysis.lamport(analysis.totalOrder().at(r - 1)) == analysis.lamport(e);
            String label = d.eventLabel(g.handle(e));
            String note = (tieWithPrevious ? "  (tie, broken by process order)" : "")
                    + (label == null ? "" : "  " + label);
            out.printf(row, r + 1, g.id(e), d.processName(g.process(e)), analysis.lamport(e),
                    Arrays.toString(analysis.vector(e)).replace(" ", ""), note);
        }
    }

    private String[] processNames() {
        String[] names = new String[d.processCount()];
        for (int p = 0; p < names.length; p++) {
            names[p] = d.processName(p);
        }
        return names;
    }

    private interface PairText {
        String of(int a, int b);
    }

    private void list(Consumer<PairVisitor> pairs, int limit, long total, PairText text) {
        int[] shown = {0};
        pairs.accept((a, b) -> {
            if (shown[0] == limit) {
                return false;
            }
            out.println("    " + text.of(a, b));
            shown[0]++;
            return true;
        });
        if (total > shown[0]) {
            out.printf("    … and %d more%n", total - shown[0]);
        }
    }
}
