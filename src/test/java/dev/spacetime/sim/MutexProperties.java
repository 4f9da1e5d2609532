package dev.spacetime.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.Rules;
import dev.spacetime.sim.mutex.MutexCheck;
import dev.spacetime.sim.mutex.MutexParameters;
import dev.spacetime.sim.mutex.MutexRun;
import dev.spacetime.sim.mutex.MutexSimulation;
import dev.spacetime.sim.mutex.RuleCitation;
import dev.spacetime.sim.mutex.Variant;
import java.util.List;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The paper's algorithm over many seeds: never two holders, grants in ⇒ order, no starvation. */
class MutexProperties {
    private static MutexParameters params(int processes, int requests, boolean skipAcks, long seed) {
        return new MutexParameters(processes, requests, List.of(), 15, 0.5, 5, 1.5, skipAcks, Variant.CORRECT, seed);
    }

    @Property(tries = 200)
    void theAlgorithmMeetsThePapersThreeConditions(@ForAll @IntRange(min = 2, max = 6) int processes,
            @ForAll @IntRange(min = 1, max = 4) int requests, @ForAll boolean skipAcks,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        MutexRun run = MutexSimulation.run(params(processes, requests, skipAcks, seed));
        MutexCheck.Verdict verdict = MutexCheck.check(run);
        assertTrue(verdict.holds(), verdict::describe);
        assertEquals(processes * requests, run.sections().size(), "no starvation");
        Diagram d = run.diagram();
        assertEquals(List.of(), Rules.check(d));
    }

    @Property(tries = 100)
    void theRecordedTimestampsAreTheLamportClocksOfTheRequestEvents(@ForAll @IntRange(min = 2, max = 5) int processes,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        MutexRun run = MutexSimulation.run(params(processes, 2, false, seed));
        Analysis a = Analysis.of(run.diagram());
        for (MutexRun.Request r : run.requests()) {
            assertEquals(r.timestamp(), a.lamport(a.indexOf(r.event())), "Tm is C at the request (IR1 and IR2)");
        }
    }

    @Property(tries = 30)
    void theSameParametersGiveTheSameRun(@ForAll @LongRange(min = 0, max = 1000) long seed) {
        MutexParameters p = params(4, 3, true, seed);
        assertTrue(MutexSimulation.run(p).diagram().sameContent(MutexSimulation.run(p).diagram()));
    }

    @Property(tries = 5)
    void eachBrokenVariantIsCaughtOnSomeSeed(@ForAll boolean noWait) {
        Variant v = noWait ? Variant.NO_WAIT_FOR_ACKS : Variant.IGNORE_TIES;
        long caught = LongStream.range(0, 200)
                .filter(seed -> !MutexCheck.check(MutexSimulation.run(params(4, 3, false, seed).withVariant(v))).holds())
                .count();
        assertTrue(caught > 0, v + " was never caught in 200 seeds");
    }

    @Property(tries = 1)
    void theCheckerIsNotARubberStamp() {
        // Granting without waiting for acknowledgements, P1 and P2 both ask at time 0: both enter at once.
        MutexParameters p = new MutexParameters(2, 1, List.of(new MutexParameters.Request(0, 0),
                new MutexParameters.Request(1, 0)), 10, 1, 1, 5, false, Variant.NO_WAIT_FOR_ACKS, 7);
        MutexCheck.Verdict v = MutexCheck.check(MutexSimulation.run(p));
        assertFalse(v.conditions().get(0).holds(), v.describe());
        assertTrue(v.describe().contains("✗ I. mutual exclusion"), v.describe());
    }

    @Property(tries = 100)
    void everyGrantOfThePapersAlgorithmIsCitedAsFollowingRuleFive(@ForAll @IntRange(min = 2, max = 5) int processes,
            @ForAll @IntRange(min = 1, max = 3) int requests, @ForAll boolean skipAcks,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        MutexRun run = MutexSimulation.run(params(processes, requests, skipAcks, seed));
        Analysis a = Analysis.of(run.diagram());
        assertEquals(List.of(), MutexCheck.check(run).rules());
        for (MutexRun.CriticalSection s : run.sections()) {
            String cited = RuleCitation.of(a, a.indexOf(s.enter()));
            assertTrue(cited.startsWith("rule 5: P" + (s.process() + 1) + "'s request " + s.timestamp() + ":P"
                    + (s.process() + 1) + " is first in its queue by ⇒ and "), cited);
        }
        for (int e = 0; e < a.eventCount(); e++) {
            String cited = RuleCitation.of(a, e);
            assertTrue(cited != null && !cited.contains("not met") && !cited.contains("rule 2 asks for"), a.id(e) + ": " + cited);
        }
    }

    @Property(tries = 8)
    void aBrokenVariantsFailureNamesTheRuleItLeavesOut(@ForAll boolean noWait,
            @ForAll @IntRange(min = 2, max = 5) int processes) {
        Variant v = noWait ? Variant.NO_WAIT_FOR_ACKS : Variant.IGNORE_TIES;
        String skipped = noWait ? "5(ii)" : "5(i)";
        int failed = 0;
        for (long seed = 0; seed < 150; seed++) {
            MutexCheck.Verdict verdict = MutexCheck.check(MutexSimulation.run(params(processes, 3, false, seed).withVariant(v)));
            for (MutexCheck.Condition c : verdict.conditions().subList(0, 2)) {
                if (!c.holds()) {
                    // The paper's proof: two grants that both follow rule 5 keep conditions I and II.
                    failed++;
                    assertEquals(List.of(skipped), c.rules(), verdict::describe);
                    assertTrue(c.detail().contains("because this variant grants without rule " + skipped + " ("), c.detail());
                }
            }
        }
        assertTrue(failed > 0, v + " never failed on " + processes + " processes");
    }
}
