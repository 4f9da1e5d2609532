package dev.spacetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.DiagramWriter;
import dev.spacetime.model.Diagram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example files load, are written exactly as Spacetime writes them, and show the paper's points. */
class ExamplesTest {
    static Stream<Path> examples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void loadsAndIsInCanonicalForm(Path file) throws Exception {
        Diagram d = DiagramReader.read(file);
        assertEquals(Files.readString(file), DiagramWriter.toString(d), "regenerate " + file + " with save");
    }

    private static boolean hb(Analysis a, String x, String y) {
        return a.happenedBefore(a.indexOf(x), a.indexOf(y));
    }

    private static boolean conc(Analysis a, String x, String y) {
        return a.concurrent(a.indexOf(x), a.indexOf(y));
    }

    @Test
    void figure1ShowsWhatThePaperSays() throws Exception {
        Analysis a = Analysis.of(DiagramReader.read(Path.of("examples/lamport-figure1.json")));
        assertTrue(hb(a, "p1", "r4"));
        assertTrue(conc(a, "p3", "q3"));
        assertTrue(conc(a, "p2", "q3"));
        assertEquals(List.of(3, 4, 7, 4), List.of(a.graph().processCount(), a.graph().eventsOn(0),
                a.graph().eventsOn(1), a.graph().eventsOn(2)));
    }

    @Test
    void theFalseOrderingExample() throws Exception {
        Analysis a = Analysis.of(DiagramReader.read(Path.of("examples/false-ordering.json")));
        assertTrue(a.lamport(a.indexOf("p2")) < a.lamport(a.indexOf("q3")));
        assertTrue(conc(a, "p2", "q3"));
        assertTrue(a.totallyBefore(a.indexOf("p2"), a.indexOf("q3")), "⇒ orders them anyway");
    }

    @Test
    void theAnomalousTelephoneExample() throws Exception {
        Analysis a = Analysis.of(DiagramReader.read(Path.of("examples/anomalous-telephone.json")));
        int requestA = a.indexOf("a4");
        int requestB = a.indexOf("b2");
        assertFalse(a.happenedBefore(requestA, requestB), "the system cannot see the telephone call");
        assertTrue(a.happenedBeforeWithExternal(requestA, requestB), "but request A ➝ request B");
        assertTrue(a.totallyBefore(requestB, requestA), "so ⇒ orders request B first: the anomaly");
        assertTrue(a.pairCounts().anomalies() > 0);
    }

    @Test
    void theRequestReplyExampleReceivesAndSendsInOneEventAndGathersTwoMessages() throws Exception {
        Analysis a = Analysis.of(DiagramReader.read(Path.of("examples/request-reply.json")));
        assertEquals(2, a.lamport(a.indexOf("s1")), "s1 receives a1's request (Tm = 1) and replies in the same event");
        assertEquals(3, a.lamport(a.indexOf("a2")), "the reply carries Tm = C(s1) = 2");
        assertEquals(5, a.lamport(a.indexOf("s2")), "IR2 with two messages: max(2, 4, 1) + 1");
        assertTrue(hb(a, "b1", "b2") && hb(a, "a3", "b2"), "both votes reach B's result through s2");
        assertTrue(conc(a, "b1", "s1"));
    }
}
