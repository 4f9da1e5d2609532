package dev.spacetime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --step} along ⇒ exactly, the default for a diagram with external messages, and a mutex run's future faded. */
class RenderOrderTest {
    private static final Path PHONE = Path.of("examples", "anomalous-telephone.json");

    @TempDir
    Path dir;

    private static String stepLine(CliRun r) {
        return r.out().lines().filter(l -> l.startsWith("Step ")).findFirst().orElse("");
    }

    @Test
    void aDiagramWithExternalMessagesIsSteppedInExactTotalOrderUnlessToldOtherwise() {
        CliRun exact = CliRun.of("render", PHONE.toString(), dir.resolve("exact.svg").toString(), "--step", "4");
        assertEquals(0, exact.code(), exact.err());
        assertTrue(stepLine(exact).startsWith("Step 4 of 9: b2 "), exact.out());
        CliRun named = CliRun.of("render", PHONE.toString(), dir.resolve("named.svg").toString(), "--step", "2",
                "--order", "exact");
        assertTrue(stepLine(named).contains("its sender a5 has not happened yet"), named.out());
        CliRun total = CliRun.of("render", PHONE.toString(), dir.resolve("total.svg").toString(), "--step", "4",
                "--order", "total");
        assertEquals(0, total.code(), total.err());
        assertFalse(stepLine(total).startsWith("Step 4 of 9: b2 "), total.out());
        CliRun bad = CliRun.of("render", PHONE.toString(), dir.resolve("bad.svg").toString(), "--order", "sideways");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("total, exact, physical"), bad.err());
    }

    @Test
    void aMutexRunAtAMiddleStepFadesTheHoldingsAndLabelsStillToCome() throws Exception {
        Path mutex = Path.of("examples", "mutual-exclusion.json");
        Path middle = dir.resolve("middle.svg");
        Path whole = dir.resolve("whole.svg");
        assertEquals(0, CliRun.of("render", mutex.toString(), middle.toString(), "--step", "20").code());
        assertEquals(0, CliRun.of("render", mutex.toString(), whole.toString()).code());
        String atStep = Files.readString(middle);
        assertTrue(atStep.contains("class=\"faded-bar\""), "holdings still to come are faded");
        assertTrue(atStep.contains("class=\"bar\""), "holdings over are drawn");
        assertFalse(Files.readString(whole).contains("faded-bar"), "no step, nothing faded");
    }
}
