package dev.spacetime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.io.DiagramReader;
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
