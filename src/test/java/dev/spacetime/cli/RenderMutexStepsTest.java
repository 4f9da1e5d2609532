package dev.spacetime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --step N} and {@code --all-steps} on a saved mutual exclusion run cite each step's rule of section 4. */
class RenderMutexStepsTest {
    private static final Path MUTEX = Path.of("examples", "mutual-exclusion.json");

    @TempDir
    Path dir;

    @Test
    void everyStepOfASavedRunIsExplainedWithItsRule() throws Exception {
        CliRun all = CliRun.of("render", MUTEX.toString(), dir.resolve("mx.svg").toString(), "--all-steps");
        assertEquals(0, all.code(), all.err());
        List<String> notes = Files.readAllLines(dir.resolve("mx-steps.txt"));
        assertEquals(45, notes.size(), "44 events and the start");
        assertEquals(4, notes.stream().filter(l -> l.contains(". Rule 1: ")).count(), "four requests, rule 1");
        assertEquals(4, notes.stream().filter(l -> l.contains(". Rule 3: ")).count(), "four releases, rule 3");
        List<String> grants = notes.stream().filter(l -> l.contains(". Rule 5: ")).toList();
        assertEquals(4, grants.size(), "four grants, rule 5");
        assertTrue(grants.stream().allMatch(l -> l.contains(" is first in its queue by ⇒ and ")
                && l.contains(" enters the critical section")), grants.toString());

        // --step N prints the same explanation for its step.
        String grant = grants.get(0);
        int step = Integer.parseInt(grant.replaceAll("^mx-(\\d+)\\.svg .*", "$1"));
        CliRun one = CliRun.of("render", MUTEX.toString(), dir.resolve("one.svg").toString(), "--step",
                String.valueOf(step));
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().contains(grant.substring(grant.indexOf("Step "))), one.out() + " / " + grant);
    }
}
