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
 * window zoomed in at the middle until about 2,000 event labels lie in it: {@code window} places
 * those of the window alone, among the shapes there (gathered once, before timing);
 * {@code windowAndReach} is what the screen does when the zoom changes, the window and half a
 * window's breadth round it (four windows' worth) from the frame index, so that panning within that
 * reach moves no label; each of its calls pans a little first.
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
    private List<Shape> visible;
    private int calls;

    @Setup(Level.Trial)
    public void setUp() {
        DiagramLayout layout = FrameBenchmark.layout(events);
        drawing = DrawingBuilder.build(layout, DrawingOptions.plain(ClockLabels.LAMPORT));
        frames = FrameShapes.of(drawing);
        // Zoomed in at the middle until about VISIBLE event labels have their point in the window.
        double lo = 1;
        double hi = 1e4;
        for (int round = 0; round < 60; round++) {
            double zoom = Math.sqrt(lo * hi);
            view = zoomed(zoom);
            // Texts alone are counted: counting the messages with an end in the window too, as this once did,
            // stopped at 1,434 labels at 100k events and 1,076 at 1M.
            if (labels(inWindow()) > VISIBLE) {
                lo = zoom;
            } else {
                hi = zoom;
            }
        }
        view = zoomed(hi);
        visible = inWindow();
        System.out.println("labels with their point in the window: " + labels(visible) + " at zoom " + hi);
    }

    private Viewport zoomed(double zoom) {
        Viewport v = new Viewport();
        v.fit(drawing.bounds(), WIDTH, HEIGHT, Frame.MARGINS);
        v.zoomAt(WIDTH / 2, HEIGHT / 2, zoom);
        return v;
    }

    private static long labels(List<Shape> shapes) {
        return shapes.stream().filter(s -> s instanceof Shape.Text).count();
    }

    /** The dots and texts whose point is in the window, and the messages and lines with an end in it. */
    private List<Shape> inWindow() {
        double[] page = {view.toPageX(0), view.toPageY(0), view.toPageX(WIDTH), view.toPageY(HEIGHT)};
        List<Shape> out = new ArrayList<>();
        for (Shape s : drawing.shapes()) {
            double x;
            double y;
            if (s instanceof Shape.Dot d) {
                x = d.x();
                y = d.y();
            } else if (s instanceof Shape.Text t) {
                x = t.x();
                y = t.y();
            } else if (s instanceof Shape.Wave w) {
                boolean in = w.x1() >= page[0] && w.x1() <= page[2] && w.y1() >= page[1] && w.y1() <= page[3];
                x = in ? w.x1() : w.x2();
                y = in ? w.y1() : w.y2();
            } else {
                continue;
            }
            if (x >= page[0] && x <= page[2] && y >= page[1] && y <= page[3]) {
                out.add(s);
            }
        }
        return out;
    }

    /** The labels of the window placed among what is there (the shapes gathered once, before timing). */
    @Benchmark
    public Placements window() {
        double[] page = {view.toPageX(0), view.toPageY(0), view.toPageX(WIDTH), view.toPageY(HEIGHT)};
        return LabelPlacement.place(visible, view.scale(), TextScale.of(view.scale(), 1), page, drawing.bounds());
    }

    private void pan() {
        view.panBy(calls % 2 == 0 ? 3 : -3, 0);
        calls++;
    }

    @Benchmark
    public Placements windowAndReach() {
        pan();
        return WindowLabels.place(drawing, frames, view, WIDTH, HEIGHT, 1);
    }
}
