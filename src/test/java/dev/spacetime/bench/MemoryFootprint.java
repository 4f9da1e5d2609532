package dev.spacetime.bench;

import dev.spacetime.causality.Analysis;
import dev.spacetime.model.Diagram;

/**
 * Prints the heap a diagram of 1M events on 64 processes retains, and what its analysis adds: the
 * used heap after a full collection, before and after each is built. Run with -Xmx1g (the bench
 * profile does) so that it also shows both fit in 1 GB.
 */
public final class MemoryFootprint {
    private MemoryFootprint() {
    }

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long base = usedAfterGc();
        Diagram diagram = BenchmarkDiagrams.generate(events);
        long withDiagram = usedAfterGc();
        Analysis analysis = Analysis.of(diagram);
        long withAnalysis = usedAfterGc();
        System.out.printf("%d events, %d processes, %d messages, max heap %d MiB%n", diagram.eventCount(),
                diagram.processCount(), diagram.messageCount(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("diagram:  %6.1f MiB (%.0f bytes an event)%n", mib(withDiagram - base),
                (double) (withDiagram - base) / events);
        System.out.printf("analysis: %6.1f MiB (%.0f bytes an event; vector clocks are 4 bytes x %d processes)%n",
                mib(withAnalysis - withDiagram), (double) (withAnalysis - withDiagram) / events,
                diagram.processCount());
        System.out.printf("together: %6.1f MiB%n", mib(withAnalysis - base));
        if (analysis.eventCount() != events) {
            throw new AssertionError("analysis lost events");
        }
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
