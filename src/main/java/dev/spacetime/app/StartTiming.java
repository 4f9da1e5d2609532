package dev.spacetime.app;

import dev.spacetime.app.canvas.DiagramCanvas;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The app's {@code --timing} option: prints "first frame after N ms", counted from the JVM's start,
 * once the window has shown the diagram it was asked to open, and quits.
 * The cold-start benchmark (bench/coldstart.sh) and the image's class-data-sharing training run use it.
 */
final class StartTiming {
    static final String OPTION = "--timing";

    private StartTiming() {
    }

    static boolean asked(List<String> arguments) {
        return arguments.contains(OPTION);
    }

    /** The arguments without this option: the files to open. */
    static List<String> files(List<String> arguments) {
        return arguments.stream().filter(a -> !a.equals(OPTION)).toList();
    }

    /**
     * Watches for the first painting of the canvas once {@code diagramShown} holds (a big file opens in
     * the background, after an empty first frame). The canvas is painted in a pulse's layout pass and the
     * frame rendered after it; the next pulse waits for that rendering, so the time is taken there.
     */
    static void watch(Scene scene, DiagramCanvas canvas, BooleanSupplier diagramShown) {
        canvas.onPainted(() -> {
            if (!diagramShown.getAsBoolean()) {
                return;
            }
            canvas.onPainted(() -> { });
            scene.addPostLayoutPulseListener(new Runnable() {
                private boolean rendered;

                @Override
                public void run() {
                    if (!rendered) {
                        rendered = true; // this pulse painted; the next one comes after its frame is rendered
                        Platform.requestNextPulse();
                        return;
                    }
                    scene.removePostLayoutPulseListener(this);
                    System.out.println("first frame after " + sinceStart().toMillis() + " ms");
                    System.out.flush();
                    System.exit(0);
                }
            });
            Platform.requestNextPulse();
        });
    }

    // The JVM's own start time: the process's (ProcessHandle) is read from /proc in clock ticks and came
    // out most of a second early in a container.
    private static Duration sinceStart() {
        Instant start = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        return Duration.between(start, Instant.now());
    }
}
