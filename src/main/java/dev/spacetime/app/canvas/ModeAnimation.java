package dev.spacetime.app.canvas;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.DrawingBlend;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * Moves the picture smoothly from one drawing to another over a moment, one blended drawing per
 * frame. Skipped on big diagrams, where blending every frame would cost more than it shows.
 */
public final class ModeAnimation {
    static final long DURATION_NANOS = 700_000_000L;
    private static final int MAX_SHAPES = 60_000;
    private AnimationTimer timer;

    /**
     * Moves from one drawing to the other, each frame shown through {@code frame}, then runs
     * {@code settle}; on a big diagram, or drawings that do not match shape for shape, settles at once.
     */
    void play(Drawing from, Drawing to, Consumer<Drawing> frame, Runnable settle) {
        stop();
        if (from.shapes().size() != to.shapes().size() || to.shapes().size() > MAX_SHAPES) {
            settle.run();
            return;
        }
        timer = new AnimationTimer() {
            private long start = -1;

            @Override
            public void handle(long now) {
                if (start < 0) {
                    start = now;
                }
                double f = Math.min(1, (now - start) / (double) DURATION_NANOS);
                double eased = f * f * (3 - 2 * f); // smoothstep: starts and ends gently
                if (f >= 1) {
                    stop();
                    settle.run();
                } else {
                    frame.accept(DrawingBlend.between(from, to, eased));
                }
            }
        };
        timer.start();
    }

    void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }
}
