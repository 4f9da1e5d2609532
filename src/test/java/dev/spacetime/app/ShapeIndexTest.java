package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.DrawingBuilder;
import dev.spacetime.drawing.DrawingOptions;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.sim.RandomExecution;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Painting through the index gives exactly the picture of painting every shape. */
class ShapeIndexTest {
    @Test
    void zoomedInTheIndexedFrameEqualsTheFullOne() throws Exception {
        FxToolkit.registerPrimaryStage();
        var d = RandomExecution.generate(new RandomExecution.Parameters(12, 30_000, 12_000, 100, 5));
        DiagramLayout layout = DiagramLayout.of(Analysis.of(d), Orientation.TIME_UP, TimeMode.PHYSICAL);
        Drawing drawing = DrawingBuilder.build(layout, DrawingOptions.plain(ClockLabels.LAMPORT).withSelected(
                List.of(layout.analysis().id(15_000))));
        ShapeIndex index = ShapeIndex.of(drawing);
        assertNotNull(index, "big enough to index");
        for (double zoom : new double[] {8, 40, 200}) {
            Viewport view = new Viewport();
            view.fit(drawing.bounds(), 800, 600, 20);
            view.zoomAt(400, 300, zoom);
            view.panBy(-37 * zoom % 300, 11 * zoom % 200);
            int[] full = pixels(drawing, null, view);
            int[] indexed = pixels(drawing, index, view);
            assertArrayEquals(full, indexed, "zoom " + zoom);
            assertTrue(java.util.Arrays.stream(full).anyMatch(p -> (p & 0xffffff) != 0xffffff), "something is drawn");
        }
    }

    @Test
    void aSelectionPaintedOverTheDrawingLooksLikeTheDrawingWithTheSelectionInIt() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (int events : new int[] {300, 30_000}) {
            var d = RandomExecution.generate(new RandomExecution.Parameters(8, events, events / 3, 5, 9));
            DiagramLayout layout = DiagramLayout.of(Analysis.of(d), Orientation.TIME_UP, TimeMode.LOGICAL);
            Drawing base = DrawingBuilder.withoutSelection(layout, DrawingOptions.plain(ClockLabels.LAMPORT));
            List<String> picked = List.of(layout.analysis().id(events / 3), layout.analysis().id(events / 2));
            Drawing selected = dev.spacetime.drawing.SelectionLayer.apply(base, layout, picked);
            var emphasis = dev.spacetime.drawing.SelectionLayer.emphasis(layout, picked);
            ShapeIndex index = ShapeIndex.of(base);
            Viewport view = new Viewport();
            view.fit(base.bounds(), 800, 600, 20);
            view.zoomAt(400, 300, events > 1000 ? 30 : 1.5);
            assertArrayEquals(pixels(selected, null, null, null, view), pixels(base, index, null, emphasis, view),
                    events + " events");
        }
    }

    private static int[] pixels(Drawing drawing, ShapeIndex index, Viewport view) throws Exception {
        return pixels(drawing, index, null, null, view);
    }

    private static int[] pixels(Drawing drawing, ShapeIndex index, DrawingSummary summary,
            dev.spacetime.drawing.SelectionLayer.Emphasis emphasis, Viewport view) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(800, 600);
            new CanvasPainter(canvas.getGraphicsContext2D(), view).paint(drawing, index, summary, emphasis, 800, 600);
            WritableImage image = canvas.snapshot(null, null);
            int[] out = new int[800 * 600];
            image.getPixelReader().getPixels(0, 0, 800, 600, javafx.scene.image.PixelFormat.getIntArgbInstance(), out, 0, 800);
            return out;
        }).get();
    }
}
