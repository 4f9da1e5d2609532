package dev.spacetime.app;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.DrawingBuilder;
import dev.spacetime.drawing.DrawingOptions;
import dev.spacetime.drawing.SelectionLayer;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.HitTest;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.model.Diagram;
import dev.spacetime.sim.RandomExecution;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
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
 * One frame of the canvas on a big diagram (64 processes, 0.4 messages per event), headless with
 * JavaFX's software renderer: painting the whole diagram fitted to a 1600 × 1000 window, painting
 * it zoomed in, and the work a click does (hit test, and the new drawing for a selection). A frame
 * is painted and then snapshot, so the figure includes rasterising the pixels and reading them back.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args="FrameBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
        "-Dprism.order=sw", "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FrameBenchmark {
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 1000;

    @Param({"100000"})
    int events;

    private DiagramLayout layout;
    private Drawing drawing;
    private Canvas canvas;
    private Viewport fitted;
    private Viewport zoomed;
    private String someEvent;
    private ShapeIndex index;
    private DrawingSummary summary;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Platform.startup(() -> { });
        Diagram d = RandomExecution.generate(new RandomExecution.Parameters(64, events, events / 10 * 4, 0, 42));
        layout = DiagramLayout.of(Analysis.of(d), Orientation.TIME_UP, TimeMode.PHYSICAL);
        drawing = DrawingBuilder.build(layout, DrawingOptions.plain(ClockLabels.LAMPORT));
        someEvent = layout.analysis().id(events / 2);
        index = ShapeIndex.of(drawing);
        summary = DrawingSummary.of(drawing);
        fitted = new Viewport();
        fitted.fit(drawing.bounds(), WIDTH, HEIGHT, DiagramCanvas.MARGINS);
        zoomed = new Viewport();
        zoomed.fit(drawing.bounds(), WIDTH, HEIGHT, DiagramCanvas.MARGINS);
        zoomed.zoomAt(WIDTH / 2, HEIGHT / 2, 40);
        canvas = onFx(() -> new Canvas(WIDTH, HEIGHT));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Platform.exit();
    }

    @Benchmark
    public WritableImage frameWholeDiagram() throws Exception {
        return onFx(() -> frame(fitted));
    }

    @Benchmark
    public WritableImage frameZoomedIn() throws Exception {
        return onFx(() -> frame(zoomed));
    }

    /** Only the Java side of a frame: the painting commands for the whole diagram, not rasterised. */
    @Benchmark
    public Canvas commandsWholeDiagram() throws Exception {
        return onFx(() -> {
            new CanvasPainter(canvas.getGraphicsContext2D(), fitted).paint(drawing, index, summary, WIDTH, HEIGHT);
            return canvas;
        });
    }

    /** The floor: an empty frame painted and read back, so the figures above can be read net of the readback. */
    @Benchmark
    public WritableImage frameEmpty() throws Exception {
        return onFx(() -> {
            new CanvasPainter(canvas.getGraphicsContext2D(), fitted).paint(EMPTY, WIDTH, HEIGHT);
            return canvas.snapshot(null, null);
        });
    }

    private static final Drawing EMPTY = new Drawing(List.of(), new double[] {0, 0, 1, 1});

    @Benchmark
    public HitTest.Hit hitTest() {
        return HitTest.at(layout, fitted.toPageX(WIDTH / 2), fitted.toPageY(HEIGHT / 2), 9 / fitted.scale());
    }

    /** What a click costs before painting: the selection's colours, rings and chain worked out. */
    @Benchmark
    public SelectionLayer.Emphasis selectAnEvent() {
        return SelectionLayer.emphasis(layout, List.of(someEvent));
    }

    /** A click from start to pixels: the emphasis worked out and the whole diagram painted with it. */
    @Benchmark
    public WritableImage selectAndPaint() throws Exception {
        SelectionLayer.Emphasis e = SelectionLayer.emphasis(layout, List.of(someEvent));
        return onFx(() -> {
            new CanvasPainter(canvas.getGraphicsContext2D(), fitted).paint(drawing, index, summary, e, WIDTH, HEIGHT);
            return canvas.snapshot(null, null);
        });
    }

    /** What an edit or a change of view costs: the whole drawing made again. */
    @Benchmark
    public Drawing drawingAfterAnEdit() {
        return DrawingBuilder.build(layout, DrawingOptions.plain(ClockLabels.LAMPORT));
    }

    private WritableImage frame(Viewport view) {
        new CanvasPainter(canvas.getGraphicsContext2D(), view).paint(drawing, index, summary, WIDTH, HEIGHT);
        return canvas.snapshot(null, null);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
