package dev.spacetime.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.DiagramWriter;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.DiagramBuilder;
import dev.spacetime.sim.mutex.MutexParameters;
import dev.spacetime.sim.mutex.MutexRun;
import dev.spacetime.sim.mutex.MutexSimulation;
import dev.spacetime.sim.mutex.RuleCitation;
import dev.spacetime.sim.mutex.Variant;
import dev.spacetime.step.Explanation;
import dev.spacetime.testing.Diagrams;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each step of a mutual exclusion run cites the rule of section 4 it follows, read from the diagram alone. */
class RuleCitationTest {
    private static final Path EXAMPLE = Path.of("examples", "mutual-exclusion.json");

    private static String cite(Analysis a, String id) {
        return RuleCitation.of(a, a.indexOf(id));
    }

    private static List<String> citations(Diagram d) {
        Analysis a = Analysis.of(d);
        List<String> out = new ArrayList<>();
        for (int e = 0; e < a.eventCount(); e++) {
            out.add(a.id(e) + " " + RuleCitation.of(a, e));
        }
        return out;
    }

    @Test
    void aSavedRunCitesTheRuleEachStepFollowsWithItsValues() throws Exception {
        Analysis a = Analysis.of(DiagramReader.read(EXAMPLE));
        assertEquals("rule 1: P1 requests the resource, sending \"1:P1 requests resource\" to P2 and P3 and putting it"
                + " on its own queue", cite(a, "p1_1"));
        assertEquals("rule 2: P1 puts P2's request 1:P2 on its queue; its timestamped acknowledgement follows",
                cite(a, "p1_2"));
        assertEquals("rule 2: P1 acknowledges P2's request 1:P2, sending a timestamped acknowledgement (Tm = 3)",
                cite(a, "p1_3"));
        assertEquals("P1 hears from P3 (acknowledgement, Tm = 5), later than its request 1:P1, which rule 5(ii) waits for",
                cite(a, "p1_5"));
        assertEquals("rule 5: P1's request 1:P1 is first in its queue by ⇒ and P1 has heard from P2 (Tm = 3) and P3"
                + " (Tm = 5), both later than 1: P1 enters the critical section", cite(a, "p1_6"));
        assertEquals("rule 3: P1 releases the resource, removing 1:P1 from its queue and sending \"P1 releases resource\""
                + " to P2 and P3", cite(a, "p1_9"));
        assertEquals("rule 4: P2 receives P1's release and removes P1's request 1:P1 from its queue", cite(a, "p2_8"));
        assertEquals("rule 5: P3's request 6:P3 is first in its queue by ⇒ and P3 has heard from P1 (Tm = 11) and P2"
                + " (Tm = 15), both later than 6: P3 enters the critical section", cite(a, "p3_12"));
    }

    @Test
    void theStepExplanationCitesTheRuleAfterIr1AndIr2() throws Exception {
        Analysis a = Analysis.of(DiagramReader.read(EXAMPLE));
        assertEquals("p2_8 receives the message from p1_9 (Tm = 10): IR2 sets C_P2 := max(9, 10) + 1 = 11. Rule 4: P2"
                + " receives P1's release and removes P1's request 1:P1 from its queue",
                Explanation.of(a, a.indexOf("p2_8"), false));
        assertTrue(Explanation.of(a, a.indexOf("p1_6"), true).matches("p1_6 is a local event: IR1 sets C_P1 := \\d+ \\+ 1"
                + " = \\d+; V_P1: .*\\. Rule 5: P1's request 1:P1 is first .*"), "the vector rule, then the mutex rule");
    }

    @Test
    void aRunJustMadeAndTheSameRunOpenedFromItsFileAreCitedAlike() throws Exception {
        MutexParameters p = new MutexParameters(4, 2, List.of(), 15, 0.5, 5, 1.5, true, Variant.CORRECT, 42);
        Diagram made = MutexSimulation.run(p).diagram();
        Diagram opened = DiagramReader.read("saved.json", new StringReader(DiagramWriter.toString(made)));
        List<String> cited = citations(made);
        assertEquals(cited, citations(opened));
        assertTrue(cited.stream().noneMatch(c -> c.endsWith(" null")), "every step of the run does something in the algorithm");
    }

    @Test
    void anAcknowledgementLeftOutCitesThePapersNote() {
        MutexParameters p = new MutexParameters(3, 3, List.of(), 10, 0.5, 5, 1.5, true, Variant.CORRECT, 3);
        MutexRun run = MutexSimulation.run(p);
        Analysis a = Analysis.of(run.diagram());
        List<String> skipped = citations(run.diagram()).stream().filter(c -> c.contains("sends no acknowledgement")).toList();
        assertTrue(!skipped.isEmpty(), "this run skips an acknowledgement");
        for (String c : skipped) {
            assertTrue(c.matches(".* and sends no acknowledgement, as the paper's note allows: it has already sent P\\d"
                    + " a message timestamped later than \\d+ \\(Tm = \\d+\\)"), c);
            String id = c.substring(0, c.indexOf(' '));
            int next = a.indexOf(id) + 1;
            assertTrue(next >= a.eventCount() || !"ack".equals(run.diagram().eventLabel(a.graph().handle(next))),
                    id + " is not followed by an acknowledgement");
        }
    }

    @Test
    void aBrokenVariantsStepSaysWhatItDidInstead() {
        Analysis noWait = Analysis.of(MutexSimulation.run(MutexParameters.defaults()
                .withVariant(Variant.NO_WAIT_FOR_ACKS).withSeed(1)).diagram());
        assertEquals("rule 5(ii) is not met: P2's request 1:P2 is first in its queue by ⇒, but P2 has not heard from P1"
                + " (nothing yet) or P3 (nothing yet) later than 1; P2 enters the critical section anyway:"
                + " this variant does not wait for 5(ii)",
                cite(noWait, "p2_2"));
        Analysis ties = Analysis.of(MutexSimulation.run(MutexParameters.defaults()
                .withVariant(Variant.IGNORE_TIES).withSeed(1)).diagram());
        String p38 = cite(ties, "p3_8");
        assertTrue(p38.startsWith("rule 5(i) is not met: P3's request 1:P3 is not first in its queue: 1:P1 and 1:P2 ⇒"
                + " 1:P3, though P3 has heard from P1"), p38);
        assertTrue(p38.endsWith("P3 enters the critical section anyway: this variant compares timestamps alone, so a tie"
                + " ⇒ breaks by process does not hold it back"), p38);
    }

    @Test
    void aDiagramNoMutexRunMadeCitesNoRule() {
        Analysis a = Analysis.of(Diagrams.figure1());
        for (int e = 0; e < a.eventCount(); e++) {
            assertNull(RuleCitation.of(a, e), a.id(e));
        }
    }

    @Test
    void anEditedRunIsReadAsItNowStandsAndWhatBreaksARuleIsSaid() {
        // A run edited by hand: P2's acknowledgement deleted, and P1 marked as entering with no request.
        DiagramBuilder b = new DiagramBuilder(6);
        b.simulation(MutexParameters.defaults().settings());
        b.addProcess("P1");
        b.addProcess("P2");
        b.addEvent(0, "p1_1", "enter (granted)", 0);
        b.addEvent(0, "p1_2", "request (Tm = 2)", 1);
        b.addEvent(0, "p1_3", null, 3);
        b.addEvent(1, "p2_1", null, 2);
        b.addEvent(1, "p2_2", "aside", 4);
        b.addMessage("p1_2", "p2_1", "request Tm=2", false);
        b.addMessage("p2_2", "p1_3", null, false);
        Analysis a = Analysis.of(b.build());
        assertEquals("P1 enters the critical section with no request on its queue, which rule 5 never allows",
                cite(a, "p1_1"));
        assertEquals("rule 2: P2 puts P1's request 2:P1 on its queue but sends no acknowledgement, which rule 2 asks for",
                cite(a, "p2_1"));
        assertNull(cite(a, "p2_2"), "an unlabelled message is none of the algorithm's");
        assertNull(cite(a, "p1_3"));
        for (int e = 0; e < a.eventCount(); e++) {
            assertTrue(Explanation.of(a, e, true).startsWith(a.id(e) + " "), "every step is still explained");
        }
    }
}
