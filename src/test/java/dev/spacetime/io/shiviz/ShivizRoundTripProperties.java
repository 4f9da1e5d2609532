package dev.spacetime.io.shiviz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.model.Diagram;
import dev.spacetime.testing.RandomDiagrams;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random diagrams written as logs and read back: happened-before in the imported diagram is exactly
 * the order of the vector clocks in the log, and import → export → import gives the same diagram.
 */
class ShivizRoundTripProperties {
    @Provide
    Arbitrary<Diagram> diagrams() {
        return RandomDiagrams.general();
    }

    @Property(tries = 300)
    void happenedBeforeEqualsTheOrderOfTheLogsVectorClocks(@ForAll("diagrams") Diagram original) throws Exception {
        String log = ShivizExport.toLog(original);
        LogExecution execution = ShivizLog.parse("r.log", log).executions().get(0);
        Diagram imported = ShivizImport.toDiagram("r.log", execution);
        Analysis a = Analysis.of(imported);
        EventGraph g = a.graph();
        // The log's clocks, as the file says them, by the imported event each line became.
        int n = execution.size();
        int[][] clocks = new int[n][];
        int[] event = new int[n];
        int[] seen = new int[g.processCount()];
        for (int k = 0; k < n; k++) {
            int p = imported.processIndex(execution.host(k));
            event[k] = g.start(p) + seen[p]++;
            Map<String, Integer> entries = execution.clock(k);
            int[] clock = new int[g.processCount()];
            entries.forEach((host, c) -> clock[imported.processIndex(host)] = c);
            clocks[k] = clock;
        }
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                boolean clockBefore = x != y && lessOrEqual(clocks[x], clocks[y]);
                assertEquals(clockBefore, a.happenedBefore(event[x], event[y]));
            }
        }
        Analysis before = Analysis.of(original);
        assertEquals(before.pairCounts().concurrent(), a.pairCounts().concurrent(), "the same causality as the diagram");
    }

    @Property(tries = 200)
    void importExportImportIsTheIdentity(@ForAll("diagrams") Diagram original) throws Exception {
        Diagram once = ShivizImport.toDiagram("a.log", ShivizLog.parse("a.log", ShivizExport.toLog(original))
                .executions().get(0));
        Diagram twice = ShivizImport.toDiagram("b.log", ShivizLog.parse("b.log", ShivizExport.toLog(once))
                .executions().get(0));
        assertTrue(once.sameContent(twice), () -> once + "\nvs\n" + twice);
    }

    private static boolean lessOrEqual(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                return false;
            }
        }
        return true;
    }
}
