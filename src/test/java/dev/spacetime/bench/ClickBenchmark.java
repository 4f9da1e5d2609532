package dev.spacetime.bench;

import dev.spacetime.drawing.Frame;
import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.DrawingBuilder;
import dev.spacetime.drawing.DrawingOptions;
import dev.spacetime.drawing.SelectionLayer;
import dev.spacetime.fxpaint.CanvasPainter;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.HitTest;
import dev.spacetime.lod.FrameShapes;
import dev.spacetime.lod.Viewport;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a click costs on a big diagram (as {@link FrameBenchmark}), with the whole diagram in the
 * window: the hit test, the selection's past, future and concurrent worked out, and the click from
 * start to pixels (worked out, painted over the drawing, rasterised and read back). Also an edit or a
 * change of view, which makes the drawing again.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args="ClickBenchmark -p events=1000000"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
        "-Dprism.order=sw", "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClickBenchmark {
    @Param({"100000"})
    int events;

    private DiagramLayout layout;
    private Drawing drawing;
    private FrameShapes frames;
    private Canvas canvas;
    private Viewport fitted;
    private dev.spacetime.drawing.Placements labels; // a click changes no label: the window keeps its placement
    private int clicks;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Platform.startup(() -> { });
        layout = FrameBenchmark.layout(events);
        drawing = DrawingBuilder.build(layout, DrawingOptions.plain(ClockLabels.LAMPORT));
        frames = FrameShapes.of(drawing);
        fitted = new Viewport();
        fitted.fit(drawing.bounds(), FrameBenchmark.WIDTH, FrameBenchmark.HEIGHT, Frame.MARGINS);
        labels = dev.spacetime.lod.WindowLabels.place(drawing, frames, fitted, FrameBenchmark.WIDTH,
                FrameBenchmark.HEIGHT, 1);
        canvas = FrameBenchmark.onFx(() -> new Canvas(FrameBenchmark.WIDTH, FrameBenchmark.HEIGHT));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Platform.exit();
    }

    /** A different event each click, spread over the diagram. */
    private String nextEvent() {
        return layout.analysis().id((int) ((clicks++ * 7919L) % events));
    }

    @Benchmark
    public HitTest.Hit hitTest() {
        return HitTest.at(layout, fitted.toPageX(FrameBenchmark.WIDTH / 2), fitted.toPageY(FrameBenchmark.HEIGHT / 2),
                9 / fitted.scale());
    }

    /** What a click costs before painting: the selection's colours, rings and chain worked out. */
    @Benchmark
    public SelectionLayer.Emphasis selectAnEvent() {
        return SelectionLayer.emphasis(layout, List.of(nextEvent()));
    }

    /** A click from start to pixels: the emphasis worked out and the whole diagram painted with it. */
    @Benchmark
    public WritableImage selectAndPaint() throws Exception {
        SelectionLayer.Emphasis e = SelectionLayer.emphasis(layout, List.of(nextEvent()));
        return FrameBenchmark.onFx(() -> {
            new CanvasPainter(canvas.getGraphicsContext2D(), fitted).paint(drawing, frames, e, labels,
                    FrameBenchmark.WIDTH, FrameBenchmark.HEIGHT);
            return canvas.snapshot(null, null);
        });
    }

    /** What an edit or a change of view costs: the whole drawing made again. */
    @Benchmark
    public Drawing drawingAfterAnEdit() {
        return DrawingBuilder.build(layout, DrawingOptions.plain(ClockLabels.LAMPORT));
    }
}
