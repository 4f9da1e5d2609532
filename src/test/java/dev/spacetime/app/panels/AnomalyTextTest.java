package dev.spacetime.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.sim.anomaly.AnomalyScenario;
import dev.spacetime.sim.anomaly.PhysicalRemedyParameters;
import dev.spacetime.sim.recipe.PhysicalAnomaly;
import dev.spacetime.sim.anomaly.Remedy;
import dev.spacetime.testing.Diagrams;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words for two selected events and the anomaly marks agree: the text says the Strong Clock Condition fails exactly for the marked pairs. */
class AnomalyTextTest {
    private static boolean saysItFails(String text) {
        return text.contains("the Strong Clock Condition fails") || text.contains("break the Strong Clock Condition");
    }

    @Test
    void theTextNamesAFailureExactlyForTheMarkedPairs() throws Exception {
        List<Analysis> diagrams = List.of(
                Analysis.of(DiagramReader.read(Path.of("examples", "anomalous-telephone.json"))),
                Analysis.of(AnomalyScenario.run(1, Remedy.NONE).diagram()),
                Analysis.of(PhysicalAnomaly.run(PhysicalRemedyParameters.defaults()).diagram()),
                Analysis.of(Diagrams.of("A: a1 a2 a3", "B: b1 b2", "S: s1", "a2 ~> b1", "b2 -> s1")));
        int marked = 0;
        for (Analysis a : diagrams) {
            Set<Long> anomalies = new HashSet<>();
            a.anomalies((x, y) -> anomalies.add(pair(x, y)));
            marked += anomalies.size();
            for (int x = 0; x < a.eventCount(); x++) {
                for (int y = 0; y < a.eventCount(); y++) {
                    if (x == y) {
                        continue;
                    }
                    String text = RelationText.of(a, x, y);
                    boolean isMarked = anomalies.contains(pair(x, y)) || anomalies.contains(pair(y, x));
                    assertEquals(isMarked, saysItFails(text), a.id(x) + ", " + a.id(y) + ": " + text);
                    if (isMarked) {
                        int from = anomalies.contains(pair(x, y)) ? x : y;
                        int to = from == x ? y : x;
                        assertTrue(text.contains(a.id(from) + " ➝ " + a.id(to)), text);
                    }
                }
            }
        }
        assertTrue(marked >= 6, "the diagrams hold anomalies to check: " + marked);
    }

    @Test
    void aConeUnderTheExtendedRelationSaysSo() {
        Analysis a = Analysis.of(Diagrams.of("A: a1 a2 a3", "B: b1 b2", "S: s1", "a2 ~> b1", "b2 -> s1"));
        int b2 = a.indexOf("b2");
        String plain = RelationText.of(a, b2, e -> false, false);
        String external = RelationText.of(a, b2, e -> false, true);
        assertTrue(plain.endsWith("1 event in its past, 1 in its future, 3 concurrent with it"), plain);
        assertTrue(external.endsWith("under ➝ (external messages count): 3 events in its past, 1 in its future,"
                + " 1 unordered with it"), external);
        Analysis figure1 = Analysis.of(Diagrams.figure1());
        assertEquals(RelationText.of(figure1, 3, e -> false, false), RelationText.of(figure1, 3, e -> false, true),
                "without external messages there is one cone");
    }

    private static long pair(int x, int y) {
        return (long) x << 32 | y;
    }
}
