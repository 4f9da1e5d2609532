package dev.spacetime.cli;

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
        out.flush();
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
