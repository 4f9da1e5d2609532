package dev.spacetime.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
