package dev.spacetime.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.Diagram;
import dev.spacetime.sim.mutex.MutexCheck;
import dev.spacetime.sim.mutex.MutexParameters;
import dev.spacetime.sim.mutex.MutexRun;
import dev.spacetime.sim.mutex.MutexSimulation;
import dev.spacetime.sim.mutex.Variant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker fails runs doctored to break each condition, so a pass means something. */
class MutexCheckTest {
    private static MutexRun good() {
        return MutexSimulation.run(MutexParameters.defaults().withSeed(11));
    }

    @Test
    void aGoodRunPasses() {
        assertTrue(MutexCheck.check(good()).holds());
    }

    @Test
    void grantsOutOfTheOrderOfTheirRequestsFailConditionTwo() {
        MutexRun run = good();
        List<MutexRun.CriticalSection> swapped = new ArrayList<>();
        for (MutexRun.CriticalSection s : run.sections()) {
            // Claim each grant was for a request with a timestamp that runs backwards.
            swapped.add(new MutexRun.CriticalSection(s.process(), 1000 - s.timestamp(), s.enter(), s.release()));
        }
        MutexCheck.Verdict v = MutexCheck.check(new MutexRun(run.parameters(), run.diagram(), run.requests(), swapped,
                run.queues()));
        assertFalse(v.conditions().get(1).holds(), v.describe());
        assertTrue(v.conditions().get(0).holds(), "the holdings themselves still do not overlap");
    }

    @Test
    void aMissingGrantFailsConditionThree() {
        MutexRun run = good();
        List<MutexRun.CriticalSection> fewer = new ArrayList<>(run.sections());
        fewer.remove(fewer.size() - 1);
        MutexCheck.Verdict v = MutexCheck.check(new MutexRun(run.parameters(), run.diagram(), run.requests(), fewer,
                run.queues()));
        assertFalse(v.conditions().get(2).holds(), v.describe());
        assertTrue(v.describe().contains("1 of 6 requests were never granted"), v.describe());
        MutexRun.CriticalSection last = run.sections().get(run.sections().size() - 1);
        String request = run.requests().stream().filter(r -> r.process() == last.process() && r.timestamp() == last.timestamp())
                .findFirst().orElseThrow().event();
        assertEquals(List.of(request), v.conditions().get(2).events(), "the request never granted is named");
        assertEquals(List.of(request), v.brokenBy());
    }

    @Test
    void aBrokenAlgorithmsVerdictNamesTheEventsThatBreakACondition() {
        MutexParameters d = MutexParameters.defaults();
        MutexRun run = MutexSimulation.run(new MutexParameters(d.processes(), d.requestsPerProcess(), List.of(),
                d.horizon(), d.minDelay(), d.maxDelay(), d.hold(), d.skipRedundantAcks(), Variant.NO_WAIT_FOR_ACKS,
                d.seed()));
        MutexCheck.Verdict v = MutexCheck.check(run);
        assertFalse(v.conditions().get(0).holds(), v.describe());
        // P2 granted (p2_2) while P3 held the resource, from p3_2 to its release p3_3.
        assertEquals(List.of("p2_2", "p3_2", "p3_3"), v.conditions().get(0).events());
        assertTrue(v.brokenBy().containsAll(v.conditions().get(1).events()), "each broken condition's events are marked");
        assertEquals(List.of(), MutexCheck.check(good()).brokenBy(), "a good run marks nothing");
    }

    @Test
    void aRunThatDoesNotWaitIsToldItSkippedRuleFiveTwo() {
        MutexCheck.Verdict v = MutexCheck.check(MutexSimulation.run(MutexParameters.defaults()
                .withVariant(Variant.NO_WAIT_FOR_ACKS).withSeed(1)));
        assertEquals("Conditions I and II fail: the grants did not follow rule 5(ii)", v.headline());
        assertEquals("P2 was granted the resource at 2.2 while P3 held it (until 4), because this variant grants without"
                + " rule 5(ii) (P2 entered (p2_2) before hearing from P1 or P3 later than 1; P3 entered (p3_2) before"
                + " hearing from P1 or P2 later than 1)", v.conditions().get(0).detail());
        assertEquals(List.of("5(ii)"), v.conditions().get(0).rules());
        assertTrue(v.conditions().get(1).detail().endsWith("because this variant grants without rule 5(ii) (P3 entered"
                + " (p3_2) before hearing from P1 or P2 later than 1)"), v.describe());
        assertEquals(List.of("5(ii)"), v.rules());
    }

    @Test
    void aRunThatIgnoresTiesIsToldItSkippedRuleFiveOne() {
        MutexCheck.Verdict v = MutexCheck.check(MutexSimulation.run(MutexParameters.defaults()
                .withVariant(Variant.IGNORE_TIES).withSeed(1)));
        assertEquals("Conditions I and II fail: the grants did not follow rule 5(i)", v.headline());
        assertEquals("P3 was granted the resource at 8.62 while P1 held it (until 10.101), because this variant grants"
                + " without rule 5(i) (P3 entered (p3_8) with 1:P1 and 1:P2 ahead of its request 1:P3 by ⇒)",
                v.conditions().get(0).detail());
        assertEquals(List.of("5(i)"), v.rules());
    }

    @Test
    void aGoodRunAndADoctoredOneNameNoRule() {
        assertEquals(List.of(), MutexCheck.check(good()).rules());
        assertEquals("All three conditions hold", MutexCheck.check(good()).headline());
        MutexRun run = good();
        List<MutexRun.CriticalSection> fewer = new ArrayList<>(run.sections());
        fewer.remove(0);
        MutexCheck.Verdict v = MutexCheck.check(new MutexRun(run.parameters(), run.diagram(), run.requests(), fewer,
                run.queues()));
        assertEquals("Condition III fails", v.headline(), "every grant the diagram shows followed rule 5");
    }

    @Test
    void grantsAtOneInstantAreJudgedAlikeWhateverOrderTheyWereRecordedIn() {
        // P1 and P2 ask at 0 and, not waiting, are both granted at the same instant.
        MutexRun run = MutexSimulation.run(new MutexParameters(2, 1, List.of(new MutexParameters.Request(1, 0),
                new MutexParameters.Request(0, 0)), 10, 1, 1, 5, false, Variant.NO_WAIT_FOR_ACKS, 7));
        assertEquals(2, run.sections().size());
        List<MutexRun.CriticalSection> reversed = new ArrayList<>(run.sections());
        java.util.Collections.reverse(reversed);
        MutexCheck.Verdict recorded = MutexCheck.check(run);
        MutexCheck.Verdict other = MutexCheck.check(new MutexRun(run.parameters(), run.diagram(), run.requests(), reversed,
                run.queues()));
        assertEquals(recorded, other);
        Diagram d = run.diagram();
        assertEquals(d.eventTime(d.findEvent(run.sections().get(0).enter())),
                d.eventTime(d.findEvent(run.sections().get(1).enter())), "the two grants are at one instant");
        assertTrue(recorded.conditions().get(0).detail().startsWith("P1 and P2 were granted the resource at the same"
                + " instant"), recorded.describe());
        assertTrue(recorded.conditions().get(1).holds(), "neither was granted before the other: " + recorded.describe());
        assertTrue(recorded.conditions().get(1).detail().endsWith("(p1_2 and p2_2, granted at one instant, came in no"
                + " order and are not compared)"), recorded.describe());
    }
}
