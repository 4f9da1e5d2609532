package dev.spacetime.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * What the window remembers of its last start on Linux: that JavaFX refused this display's GPU (a virtual
 * display, or OpenGL done in software, fails its check) and fell back to software rendering. The next
 * start then asks for software rendering at once instead of trying OpenGL first, which took about a
 * tenth of a second of the toolkit's start. A display whose GPU JavaFX used is never sent to software,
 * the user's own {@code -Dprism.order} always stands, and a refusal is tried afresh after a week, in
 * case a new driver now passes.
 */
final class SoftwareRendering {
    static final Duration TRUSTED_FOR = Duration.ofDays(7);
    private static final String ORDER = "prism.order";
    /** This start's, set by {@link Main} before the toolkit starts; null when started otherwise (tests). */
    private static SoftwareRendering thisStart;
    private final Path record;
    private final String display;
    private boolean tried;

    /** Remembering in {@code record} for the X display named {@code display}. */
    SoftwareRendering(Path record, String display) {
        this.record = record;
        this.display = display;
    }

    /** Chooses for this start of the window, on Linux with an X display; elsewhere nothing is chosen. */
    static void chooseForThisStart() {
        String x = System.getenv("DISPLAY");
        if (!System.getProperty("os.name", "").startsWith("Linux") || x == null || x.isBlank()) {
            return;
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        Path folder = cache != null && !cache.isBlank() ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache");
        thisStart = new SoftwareRendering(folder.resolve("spacetime").resolve("gpu-refused"), x);
        thisStart.chooseBeforeStart(Instant.now());
    }

    /** Learns from this start, once the toolkit runs; {@code gpuUsed} says whether JavaFX renders on the GPU. */
    static void learnFromThisStart(boolean gpuUsed) {
        if (thisStart != null) {
            thisStart.learn(gpuUsed);
        }
    }

    /** Asks for software rendering when this display refused the GPU within the week; else leaves JavaFX to try. */
    void chooseBeforeStart(Instant now) {
        if (System.getProperty(ORDER) != null) {
            return;
        }
        if (refusedLately(now)) {
            System.setProperty(ORDER, "sw");
        } else {
            tried = true;
        }
    }

    /** Keeps what this start found when it tried the GPU: a refusal is written down, a success forgets one. */
    void learn(boolean gpuUsed) {
        if (!tried) {
            return;
        }
        try {
            if (gpuUsed) {
                Files.deleteIfExists(record);
            } else {
                Files.createDirectories(record.getParent());
                Files.writeString(record, display + "\n");
            }
        } catch (IOException | SecurityException e) {
            // Not remembered: the next start tries the GPU again, as it would have anyway.
        }
    }

    private boolean refusedLately(Instant now) {
        try {
            return Files.isRegularFile(record) && Files.readString(record).strip().equals(display)
                    && Files.getLastModifiedTime(record).toInstant().plus(TRUSTED_FOR).isAfter(now);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
