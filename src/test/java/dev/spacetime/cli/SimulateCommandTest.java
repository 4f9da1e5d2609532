package dev.spacetime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.io.DiagramReader;
import dev.spacetime.model.Diagram;
import dev.spacetime.sim.anomaly.PhysicalRemedyParameters;
import dev.spacetime.sim.recipe.PhysicalAnomaly;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @TempDir
    Path dir;

    @Test
    void mutexWritesTheRunAndTheVerdict() throws Exception {
        Path out = dir.resolve("m.json");
        CliRun r = CliRun.of("simulate", "mutex", "--processes", "4", "--requests", "2",
                "--seed", "3", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("✓ I. mutual exclusion") && r.out().contains("three conditions hold"), r.out());
        assertEquals(4, DiagramReader.read(out).processCount());
    }

    @Test
    void theBrokenVariantIsReported() {
        CliRun r = CliRun.of("simulate", "mutex", "--variant", "NO_WAIT_FOR_ACKS", "--at",
                "1:0,2:0", "--seed", "7", dir.resolve("b.json").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("✗ I. mutual exclusion"), r.out());
    }

    @Test
    void anomalyAndPhysicalClocks() throws Exception {
        CliRun a = CliRun.of("simulate", "anomaly", "--remedy", "USER_TIMESTAMP",
                dir.resolve("a.json").toString());
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().contains("T_B = 7 > T_A"), a.out());
        CliRun p = CliRun.of("simulate", "physical", "--mu", "0.5", "--xi", "0.4",
                dir.resolve("p.json").toString());
        assertEquals(0, p.code(), p.err());
        assertTrue(p.out().contains("ε ≈ d(2κτ + ξ)") && p.out().contains("exact") && p.out().contains("warning: μ + ξ"),
                p.out());
    }

    @Test
    void thePhysicalClocksRemedyRunsOnSectionSixsClocksAndStatesTheBound() throws Exception {
        Path out = dir.resolve("holds.json");
        CliRun r = CliRun.of("simulate", "anomaly", "--remedy", "PHYSICAL_CLOCKS", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ε ≈ d(2κτ + ξ) = 0.024 and κ = 0.001, ε/(1 − κ) = 0.024 ≤ μ = 0.05: the condition holds")
                && r.out().contains("< T_B") && r.out().contains("as the bound guarantees"), r.out());
        assertFalse(r.out().contains("warning"), r.out());
        Diagram written = DiagramReader.read(out);
        assertEquals("C_phys", written.annotations().clockName());
        assertTrue(PhysicalAnomaly.run(PhysicalRemedyParameters.defaults()).diagram().sameContent(written),
                "the command's defaults are the remedy's");
    }

    @Test
    void aShortCallBreaksTheBoundAndTheCommandSaysTheAnomalyIsBack() throws Exception {
        Path out = dir.resolve("broken.json");
        CliRun r = CliRun.of("simulate", "anomaly", "--remedy", "PHYSICAL_CLOCKS", "--call", "0.02", "--xi", "0.05",
                "--seed", "3", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ε/(1 − κ) = 0.104 > μ = 0.02: the condition fails")
                && r.out().contains("the anomaly is back"), r.out());
        CliRun slow = CliRun.of("simulate", "anomaly", "--remedy", "PHYSICAL_CLOCKS", "--mu", "0.3", "--xi", "0.2",
                "--call", "1", dir.resolve("slow.json").toString());
        assertTrue(slow.out().contains("warning: μ + ξ = 0.5 is not much smaller than τ"), slow.out());
    }

    @Test
    void theClocksOptionsGoOnlyWithThePhysicalClocksRemedyAndBadOnesAreRefusedWithTheReason() {
        Path out = dir.resolve("x.json");
        CliRun other = CliRun.of("simulate", "anomaly", "--remedy", "USER_TIMESTAMP", "--call", "2", out.toString());
        assertEquals(2, other.code());
        assertTrue(other.err().contains("--call sets the physical clocks, which only --remedy PHYSICAL_CLOCKS uses"),
                other.err());
        CliRun wide = CliRun.of("simulate", "anomaly", "--remedy", "PHYSICAL_CLOCKS", "--diameter", "3", out.toString());
        assertEquals(2, wide.code());
        assertTrue(wide.err().contains("diameter 1 (each linked to each) or 2"), wide.err());
        CliRun instant = CliRun.of("simulate", "anomaly", "--remedy", "PHYSICAL_CLOCKS", "--call", "0", out.toString());
        assertEquals(2, instant.code());
        assertTrue(instant.err().contains("the telephone call takes some time"), instant.err());
        assertFalse(instant.err().contains("Exception"), instant.err());
        // Slow messages against a quick τ: the clocks' simulation itself refuses a run too long to draw.
        CliRun endless = CliRun.of("simulate", "anomaly", "--remedy", "PHYSICAL_CLOCKS", "--tau", "0.001", "--mu", "30",
                "--call", "0.001", out.toString());
        assertEquals(2, endless.code(), endless.out());
        assertTrue(endless.err().contains("more than a picture can hold"), endless.err());
        assertTrue(Files.notExists(out));
        CliRun help = CliRun.of("simulate", "anomaly", "--help");
        assertTrue(help.out().contains("ε/(1 − κ) ≤ μ") && help.out().contains("--call"), help.out());
    }

    @Test
    void replicationSaysWhetherTheReplicasAgreeDivergeOrStall() throws Exception {
        Path out = dir.resolve("r.json");
        CliRun agree = CliRun.of("simulate", "replication", "--processes", "3", "--commands", "2", "--seed", "1",
                out.toString());
        assertEquals(0, agree.code(), agree.err());
        assertTrue(agree.out().contains("Replicas agree: all ran the same 6 commands in ⇒ order"), agree.out());
        assertEquals(3, DiagramReader.read(out).processCount());
        CliRun naive = CliRun.of("simulate", "replication", "--variant", "ON_ARRIVAL", "--seed", "1", out.toString());
        assertTrue(naive.out().contains("Replicas diverge after their "), naive.out());
        CliRun silent = CliRun.of("simulate", "replication", "--variant", "SILENT_PROCESS", "--silent-at", "4",
                out.toString());
        assertTrue(silent.out().contains("Stalled once P3 fell silent at t = 4"), silent.out());
        assertEquals(2, CliRun.of("simulate", "replication", "--commands", "0", out.toString()).code());
    }

    @Test
    void badParametersExitTwo() {
        Path out = dir.resolve("x.json");
        assertEquals(2, CliRun.of("simulate", "mutex", "--processes", "1", out.toString()).code());
        assertEquals(2, CliRun.of("simulate", "mutex", "--delay", "abc", out.toString()).code());
        assertEquals(2, CliRun.of("simulate", "physical", "--diameter", "9", out.toString()).code());
        assertEquals(2, CliRun.of("simulate", "anomaly", "--work", "0", out.toString()).code());
        assertEquals(2, CliRun.of("simulate", "teleport", out.toString()).code());
        assertTrue(Files.notExists(out));
    }
}
