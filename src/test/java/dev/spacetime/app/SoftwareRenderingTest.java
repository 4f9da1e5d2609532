package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A display whose GPU JavaFX refused starts in software rendering the next time; one whose GPU it used never does. */
class SoftwareRenderingTest {
    @TempDir
    Path dir;
    private String order;

    @BeforeEach
    void keepOrder() {
        order = System.getProperty("prism.order");
        System.clearProperty("prism.order");
    }

    @AfterEach
    void putOrderBack() {
        if (order == null) {
            System.clearProperty("prism.order");
        } else {
            System.setProperty("prism.order", order);
        }
    }

    private Path record() {
        return dir.resolve("spacetime").resolve("gpu-refused");
    }

    private String startOn(String display, Instant now, boolean gpuUsed) {
        System.clearProperty("prism.order");
        SoftwareRendering start = new SoftwareRendering(record(), display);
        start.chooseBeforeStart(now);
        String chosen = System.getProperty("prism.order");
        start.learn(gpuUsed);
        return chosen;
    }

    @Test
    void aRefusedGpuSendsTheNextStartToSoftwareRenderingAtOnce() {
        Instant now = Instant.now();
        assertNull(startOn(":0", now, false), "the first start lets JavaFX try the GPU");
        assertTrue(Files.exists(record()));
        assertEquals("sw", startOn(":0", now, false), "the next goes to software rendering");
        assertEquals("sw", startOn(":0", now, false), "and so on");
    }

    @Test
    void aGpuThatWasUsedIsNeverSkippedAndForgetsAnOldRefusal() throws Exception {
        Instant now = Instant.now();
        assertNull(startOn(":0", now, true));
        assertFalse(Files.exists(record()), "nothing to remember");
        assertNull(startOn(":0", now, true));

        startOn(":1", now, false); // another display refused it
        assertNull(startOn(":0", now, true), "a refusal on another display does not count here");
        assertFalse(Files.exists(record()), "the GPU worked here: the refusal is forgotten");
        assertNull(startOn(":1", now, true), "so :1 tries again too");
    }

    @Test
    void aRefusalIsTriedAfreshAfterAWeek() throws Exception {
        Instant now = Instant.now();
        startOn(":0", now, false);
        Files.setLastModifiedTime(record(), FileTime.from(now.minus(SoftwareRendering.TRUSTED_FOR).minus(Duration.ofMinutes(1))));
        assertNull(startOn(":0", now, true), "a week on, the GPU is tried again");
        assertFalse(Files.exists(record()));
    }

    @Test
    void theUsersOwnPipelineOrderStandsAndTeachesNothing() throws Exception {
        Instant now = Instant.now();
        startOn(":0", now, false);
        System.setProperty("prism.order", "es2");
        SoftwareRendering start = new SoftwareRendering(record(), ":0");
        start.chooseBeforeStart(now);
        assertEquals("es2", System.getProperty("prism.order"));
        start.learn(true);
        assertTrue(Files.exists(record()), "a start that did not try the GPU learns nothing from it");
    }

    @Test
    void anUnreadableRecordMeansTryingTheGpu() throws Exception {
        Files.createDirectories(record());
        assertNull(startOn(":0", Instant.now(), false), "a folder where the record should be: the GPU is tried");
    }
}
