package dev.spacetime.bench;

import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.DrawingBuilder;
import dev.spacetime.drawing.DrawingOptions;
import dev.spacetime.drawing.Frame;
import dev.spacetime.drawing.LabelPlacement;
import dev.spacetime.drawing.Placements;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.TextScale;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.lod.FrameShapes;
import dev.spacetime.lod.Viewport;
import dev.spacetime.lod.WindowLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Placing labels on a big diagram (64 processes, 0.4 messages per event) seen in a 1600 × 1000
 * window zoomed in until about 2,000 event labels lie in it: {@code window} places those of the
 * window alone, from the shapes the frame index picks there; {@code windowAndReach} is what the
 * screen does when the zoom changes, the window and a window's breadth round it (nine windows'
 * worth), so that panning within that reach moves no label. Each call pans a little first.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args="LabelPlacementBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LabelPlacementBenchmark {
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 1000;
    /** Event labels the window is zoomed to hold. */
    private static final int VISIBLE = 2000;

    @Param({"100000", "1000000"})
    int events;

    private Drawing drawing;
    private FrameShapes frames;
    private Viewport view;
    private int calls;

    @Setup(Level.Trial)
    public void setUp() {
        DiagramLayout layout = FrameBenchmark.layout(events);
        drawing = DrawingBuilder.build(layout, DrawingOptions.plain(ClockLabels.LAMPORT));
        frames = FrameShapes.of(drawing);
        // Zoomed in until about VISIBLE labels are in the window (halving the zoom step each way).
        double zoom = 1;
        double step = 2;
        Viewport fitted = new Viewport();
        fitted.fit(drawing.bounds(), WIDTH, HEIGHT, Frame.MARGINS);
        for (int round = 0; round < 40; round++) {
            view = new Viewport();
            view.fit(drawing.bounds(), WIDTH, HEIGHT, Frame.MARGINS);
            view.zoomAt(WIDTH / 2, HEIGHT / 2, zoom);
            int n = labelsInWindow().size();
            if (Math.abs(n - VISIBLE) < VISIBLE / 20) {
                break;
            }
            if (n > VISIBLE) {
                zoom *= step;
            } else {
                step = Math.sqrt(step);
                zoom /= step;
            }
        }
        System.out.println("event labels in the window: " + labelsInWindow().size() + " at zoom " + zoom);
    }

    /** The texts whose point is in the window, among the shapes the frame index picks for it. */
    private List<Shape> labelsInWindow() {
        List<Shape> all = drawing.shapes();
        List<Shape> out = new ArrayList<>();
        FrameShapes.Picked picked = frames.pick(view, WIDTH, HEIGHT, new int[0]);
        for (int i : picked.shapes()) {
            if (all.get(i) instanceof Shape.Text) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    private void pan() {
        view.panBy(calls % 2 == 0 ? 3 : -3, 0);
        calls++;
    }

    @Benchmark
    public Placements window() {
        pan();
        List<Shape> all = drawing.shapes();
        FrameShapes.Picked picked = frames.pick(view, WIDTH, HEIGHT, new int[0]);
        List<Shape> near = new ArrayList<>(picked.shapes().length);
        for (int i : picked.shapes()) {
            near.add(all.get(i));
        }
        double[] page = {view.toPageX(0), view.toPageY(0), view.toPageX(WIDTH), view.toPageY(HEIGHT)};
        return LabelPlacement.place(near, view.scale(), TextScale.of(view.scale(), 1), page, drawing.bounds());
    }

    @Benchmark
    public Placements windowAndReach() {
        pan();
        return WindowLabels.place(drawing, frames, view, WIDTH, HEIGHT, 1);
    }
}
