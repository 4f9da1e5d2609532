package dev.spacetime.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.Rules;
import dev.spacetime.sim.replica.ReplicaCheck;
import dev.spacetime.sim.replica.ReplicaParameters;
import dev.spacetime.sim.replica.ReplicaRun;
import dev.spacetime.sim.replica.ReplicaSimulation;
import dev.spacetime.sim.replica.Stamped;
import dev.spacetime.sim.replica.Variant;
import java.util.List;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The state machine of section 4 over many seeds: the paper's way agrees, the naive way diverges, silence stalls. */
class ReplicaProperties {
    private static ReplicaParameters params(int processes, int commands, Variant variant, long seed) {
        return new ReplicaParameters(processes, commands, 15, 0.5, 5, variant, 6, seed);
    }

    private static List<Stamped> ran(ReplicaRun run, int p) {
        return run.executions().get(p).stream().map(ReplicaRun.Execution::command).toList();
    }

    @Property(tries = 200)
    void everyReplicaRunsEveryCommandInTheTotalOrderAndTheyEndIdentical(@ForAll @IntRange(min = 2, max = 6) int processes,
            @ForAll @IntRange(min = 1, max = 4) int commands, @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        ReplicaRun run = ReplicaSimulation.run(params(processes, commands, Variant.STATE_MACHINE, seed));
        List<Stamped> all = run.commands().stream().map(ReplicaRun.Issued::command).sorted().toList();
        assertEquals(processes * commands, all.size());
        long end = -1;
        for (int p = 0; p < processes; p++) {
            assertEquals(all, ran(run, p), "P" + (p + 1) + " runs every command, in ⇒ order");
            long x = run.executions().get(p).get(all.size() - 1).x();
            assertTrue(end < 0 || x == end, "every replica ends with the same x");
            end = x;
        }
        ReplicaCheck.Verdict verdict = ReplicaCheck.check(run);
        assertEquals(ReplicaCheck.Outcome.AGREE, verdict.outcome(), verdict::describe);
        assertEquals(List.of(), Rules.check(run.diagram()));
    }

    @Property(tries = 100)
    void theTimestampsAreTheLamportClocksOfTheEventsThatIssueTheCommands(@ForAll @IntRange(min = 2, max = 5) int processes,
            @ForAll Variant variant, @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        ReplicaRun run = ReplicaSimulation.run(params(processes, 2, variant, seed));
        Analysis a = Analysis.of(run.diagram());
        for (ReplicaRun.Issued i : run.commands()) {
            assertEquals(i.command().time(), a.lamport(a.indexOf(i.event())), "T is C at the issue (IR1 and IR2)");
        }
    }

    @Property(tries = 20)
    void theNaiveWayDivergesOnSomeOfAnyFiftySeeds(@ForAll @IntRange(min = 2, max = 4) int processes,
            @ForAll @LongRange(min = 0, max = 1_000_000) long from) {
        long diverging = LongStream.range(from, from + 50).filter(seed -> {
            ReplicaRun run = ReplicaSimulation.run(params(processes, 2, Variant.ON_ARRIVAL, seed));
            ReplicaCheck.Verdict v = ReplicaCheck.check(run);
            if (v.outcome() != ReplicaCheck.Outcome.DIVERGE) {
                return false;
            }
            // The checker's word against the run: the ends differ, and the two events it names left different x.
            assertTrue(run.executions().stream().map(e -> e.get(e.size() - 1).x()).distinct().count() > 1, v::describe);
            assertEquals(2, v.events().size(), v::describe);
            assertNotNull(run.diagram().findEvent(v.events().get(0)));
            assertTrue(v.headline().startsWith("Replicas diverge after their "), v.headline());
            return true;
        }).count();
        assertTrue(diverging > 0, "no divergence among seeds " + from + "–" + (from + 49));
    }

    @Property(tries = 100)
    void aSilentProcessStallsEveryoneElseAtItsLastTimestamp(@ForAll @IntRange(min = 2, max = 5) int processes,
            @ForAll @IntRange(min = 1, max = 4) int commands, @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        ReplicaRun run = ReplicaSimulation.run(params(processes, commands, Variant.SILENT_PROCESS, seed));
        ReplicaRun.Silence silence = run.silence();
        assertNotNull(silence);
        List<Stamped> all = run.commands().stream().map(ReplicaRun.Issued::command).sorted().toList();
        for (int p = 0; p < processes; p++) {
            List<Stamped> ran = ran(run, p);
            assertEquals(all.subList(0, ran.size()), ran, "what runs, runs in ⇒ order");
            if (p != silence.process()) {
                assertTrue(ran.stream().allMatch(c -> c.time() <= silence.lastStamp()),
                        "nothing timestamped after the silent process's last message runs elsewhere");
            }
        }
        boolean stuck = all.stream().anyMatch(c -> c.time() > silence.lastStamp());
        ReplicaCheck.Verdict v = ReplicaCheck.check(run);
        assertEquals(stuck, v.outcome() == ReplicaCheck.Outcome.STALLED, v::describe);
        if (stuck) {
            assertTrue(v.describe().contains("fell silent at t = 6"), v::describe);
        }
    }

    @Property(tries = 1)
    void aSilentProcessStallsMostRuns() {
        long stalled = LongStream.range(0, 100).filter(seed -> ReplicaCheck.check(ReplicaSimulation.run(
                params(3, 3, Variant.SILENT_PROCESS, seed))).outcome() == ReplicaCheck.Outcome.STALLED).count();
        assertTrue(stalled >= 80, "only " + stalled + " of 100 runs stalled");
    }

    @Property(tries = 30)
    void theSameParametersGiveTheSameRun(@ForAll Variant variant, @ForAll @LongRange(min = 0, max = 1000) long seed) {
        ReplicaParameters p = params(4, 3, variant, seed);
        Diagram d = ReplicaSimulation.run(p).diagram();
        assertTrue(d.sameContent(ReplicaSimulation.run(p).diagram()));
    }
}
