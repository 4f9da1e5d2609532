package dev.spacetime.bench;

import dev.spacetime.drawing.Frame;
import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.DrawingBuilder;
import dev.spacetime.drawing.DrawingOptions;
import dev.spacetime.fxpaint.CanvasPainter;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.lod.FrameShapes;
import dev.spacetime.lod.Viewport;
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
 * A frame of the canvas while panning a big diagram (64 processes, 0.4 messages per event) at a
 * zoom from the whole diagram (1) to far in (40), in a 1600 × 1000 window, headless with JavaFX's
 * software renderer. Each frame pans a few pixels from the last, is painted and then snapshot, so
 * the figure includes rasterising the pixels and reading them back; {@code frameEmpty} is that
 * readback alone, and {@code commands} the JavaFX thread's share (the painting commands, not rasterised).
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args="FrameBenchmark -p events=1000000"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
        "-Dprism.order=sw", "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FrameBenchmark {
    static final double WIDTH = 1600;
    static final double HEIGHT = 1000;

    @Param({"100000"})
    int events;

    @Param({"1", "3", "10", "40"})
    double zoom;

    private Drawing drawing;
    private FrameShapes frames;
    private Canvas canvas;
    private Viewport view;
    private int frameCount;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Platform.startup(() -> { });
        DiagramLayout layout = layout(events);
        drawing = DrawingBuilder.build(layout, DrawingOptions.plain(ClockLabels.LAMPORT));
        frames = FrameShapes.of(drawing);
        view = new Viewport();
        view.fit(drawing.bounds(), WIDTH, HEIGHT, Frame.MARGINS);
        view.zoomAt(WIDTH / 2, HEIGHT / 2, zoom);
        canvas = onFx(() -> new Canvas(WIDTH, HEIGHT));
    }

    static DiagramLayout layout(int events) {
        Diagram d = RandomExecution.generate(new RandomExecution.Parameters(64, events, events / 10 * 4, 0, 42));
        return DiagramLayout.of(Analysis.of(d), Orientation.TIME_UP, TimeMode.PHYSICAL);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Platform.exit();
    }

    private dev.spacetime.drawing.Placements placed;

    /** The labels as the window keeps them: placed again only when the view leaves the part placed. */
    dev.spacetime.drawing.Placements labels() {
        if (!dev.spacetime.lod.WindowLabels.serves(placed, view, WIDTH, HEIGHT, 1)) {
            placed = dev.spacetime.lod.WindowLabels.place(drawing, frames, view, WIDTH, HEIGHT, 1);
        }
        return placed;
    }

    /** A frame while panning: painted, rasterised and read back. */
    @Benchmark
    public WritableImage frame() throws Exception {
        return onFx(() -> {
            pan();
            new CanvasPainter(canvas.getGraphicsContext2D(), view).paint(drawing, frames, null, labels(), WIDTH, HEIGHT);
            return canvas.snapshot(null, null);
        });
    }

    /** The JavaFX thread's share of a frame: picking the shapes and issuing the painting commands. */
    @Benchmark
    public Canvas commands() throws Exception {
        return onFx(() -> {
            pan();
            new CanvasPainter(canvas.getGraphicsContext2D(), view).paint(drawing, frames, null, labels(), WIDTH, HEIGHT);
            return canvas;
        });
    }

    /** The floor: an empty frame painted and read back, so the figures above can be read net of the readback. */
    @Benchmark
    public WritableImage frameEmpty() throws Exception {
        return onFx(() -> {
            new CanvasPainter(canvas.getGraphicsContext2D(), view).paint(EMPTY,
                    dev.spacetime.drawing.LabelPlacement.place(EMPTY, 1, 1), WIDTH, HEIGHT, true);
            return canvas.snapshot(null, null);
        });
    }

    private static final Drawing EMPTY = new Drawing(List.of(), new double[] {0, 0, 1, 1});

    /** Eight pixels one way, then back: a drag in progress. */
    private void pan() {
        view.panBy((frameCount++ & 1) == 0 ? 8 : -8, 0);
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
