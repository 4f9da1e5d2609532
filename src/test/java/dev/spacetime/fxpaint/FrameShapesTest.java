package dev.spacetime.fxpaint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.DrawingBuilder;
import dev.spacetime.drawing.DrawingOptions;
import dev.spacetime.drawing.SelectionLayer;
import dev.spacetime.drawing.Shape;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.lod.FrameShapes;
import dev.spacetime.lod.Viewport;
import dev.spacetime.sim.RandomExecution;
import java.util.List;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Painting only the shapes {@link FrameShapes} picks gives exactly the picture of painting every
 * shape, zoomed in and zoomed out (where crowded dots are taken one per cell), with and without a
 * selection; and where messages are sampled the picture keeps the look of the traffic.
 */
public class FrameShapesTest {
    private static final int W = 800;
    private static final int H = 600;

    @Test
    void theFramePaintsExactlyWhatPaintingEveryShapeWould() throws Exception {
        FxToolkit.registerPrimaryStage();
        var d = RandomExecution.generate(new RandomExecution.Parameters(12, 30_000, 12_000, 100, 5));
        DiagramLayout layout = DiagramLayout.of(Analysis.of(d), Orientation.TIME_UP, TimeMode.PHYSICAL);
        Drawing drawing = DrawingBuilder.build(layout, DrawingOptions.plain(ClockLabels.LAMPORT).withSelected(
                List.of(layout.analysis().id(15_000))));
        FrameShapes frames = FrameShapes.of(drawing);
        assertNotNull(frames, "big enough to pick from");
        for (double zoom : new double[] {8, 40, 200}) {
            Viewport view = zoomed(drawing, zoom);
            int[] full = pixels(drawing, null, null, view);
            assertArrayEquals(full, pixels(drawing, frames, null, view), "zoom " + zoom);
            assertTrue(java.util.Arrays.stream(full).anyMatch(p -> (p & 0xffffff) != 0xffffff), "something is drawn");
        }
    }

    @Test
    void crowdedDotsTakenOnePerCellLookExactlyLikeAllOfThem() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (Orientation orientation : Orientation.values()) {
            var d = RandomExecution.generate(new RandomExecution.Parameters(10, 60_000, 1_500, 10, 3));
            DiagramLayout layout = DiagramLayout.of(Analysis.of(d), orientation, TimeMode.LOGICAL, Set.of(), false);
            Drawing base = DrawingBuilder.withoutSelection(layout, DrawingOptions.plain(ClockLabels.LAMPORT));
            FrameShapes frames = FrameShapes.of(base);
            List<String> picked = List.of(layout.analysis().id(20_000));
            Drawing selected = SelectionLayer.apply(base, layout, picked);
            SelectionLayer.Emphasis emphasis = SelectionLayer.emphasis(layout, picked);
            for (double zoom : new double[] {1, 2.5}) {
                Viewport view = zoomed(base, zoom);
                FrameShapes.Picked p = frames.pick(view, W, H, new int[0]);
                if (zoom == 1) {
                    assertEquals(Boolean.TRUE, p.denseDots(), orientation + " seen whole is crowded");
                    long dots = java.util.Arrays.stream(p.shapes()).filter(i -> base.shapes().get(i) instanceof Shape.Dot).count();
                    assertTrue(dots < 10_000, "only a few of the dots are looked at: " + dots);
                }
                assertArrayEquals(pixels(base, null, null, view), pixels(base, frames, null, view),
                        orientation + " zoom " + zoom);
                assertArrayEquals(pixels(selected, null, null, view), pixels(base, frames, emphasis, view),
                        orientation + " zoom " + zoom + " with a selection");
            }
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
            Drawing selected = SelectionLayer.apply(base, layout, picked);
            SelectionLayer.Emphasis emphasis = SelectionLayer.emphasis(layout, picked);
            Viewport view = zoomed(base, events > 1000 ? 30 : 1.5);
            assertArrayEquals(pixels(selected, null, null, view), pixels(base, FrameShapes.of(base), emphasis, view),
                    events + " events");
        }
    }

    @Test
    void whereMessagesAreSampledTheTrafficLooksTheSame() throws Exception {
        FxToolkit.registerPrimaryStage();
        var d = RandomExecution.generate(new RandomExecution.Parameters(16, 120_000, 60_000, 0, 11));
        DiagramLayout layout = DiagramLayout.of(Analysis.of(d), Orientation.TIME_UP, TimeMode.PHYSICAL);
        Drawing drawing = DrawingBuilder.withoutSelection(layout, DrawingOptions.plain(ClockLabels.NONE));
        FrameShapes frames = FrameShapes.of(drawing);
        Viewport view = zoomed(drawing, 1);
        FrameShapes.Picked p = frames.pick(view, W, H, new int[0]);
        assertTrue(p.messageSampling() > 1, "a sample of the messages: 1 in " + p.messageSampling());
        long waves = java.util.Arrays.stream(p.shapes()).filter(i -> drawing.shapes().get(i) instanceof Shape.Wave).count();
        assertTrue(waves <= FrameShapes.MESSAGES_LOOKED_AT, waves + " messages looked at");
        int all = messagePixels(pixels(drawing, null, null, view));
        int sampled = messagePixels(pixels(drawing, frames, null, view));
        assertTrue(all > 20_000, "the traffic covers much of the window: " + all);
        assertTrue(Math.abs(sampled - all) < all * 0.25, "message pixels: all " + all + ", sampled " + sampled);
    }

    /** Pixels in the colour of crowded messages (to a tolerance for anti-aliasing). */
    private static int messagePixels(int[] pixels) {
        javafx.scene.paint.Color c = CanvasTarget.crowded(dev.spacetime.drawing.Role.MESSAGE);
        int r = (int) Math.round(c.getRed() * 255);
        int g = (int) Math.round(c.getGreen() * 255);
        int b = (int) Math.round(c.getBlue() * 255);
        int n = 0;
        for (int p : pixels) {
            if (Math.abs(((p >> 16) & 255) - r) < 24 && Math.abs(((p >> 8) & 255) - g) < 24 && Math.abs((p & 255) - b) < 24) {
                n++;
            }
        }
        return n;
    }

    private static Viewport zoomed(Drawing drawing, double zoom) {
        Viewport view = new Viewport();
        view.fit(drawing.bounds(), W, H, 20);
        view.zoomAt(W / 2.0, H / 2.0, zoom);
        view.panBy(-37 * zoom % 300, 11 * zoom % 200);
        return view;
    }

    private static int[] pixels(Drawing drawing, FrameShapes frames, SelectionLayer.Emphasis emphasis, Viewport view)
            throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(W, H);
            // The same labels either way: what is compared is the shapes the index picks.
            dev.spacetime.drawing.Placements placed = dev.spacetime.drawing.LabelPlacement.place(drawing, view.scale(),
                    dev.spacetime.drawing.TextScale.of(view.scale(), 1));
            new CanvasPainter(canvas.getGraphicsContext2D(), view).paint(drawing, frames, emphasis, placed, W, H);
            WritableImage image = canvas.snapshot(null, null);
            int[] out = new int[W * H];
            image.getPixelReader().getPixels(0, 0, W, H, javafx.scene.image.PixelFormat.getIntArgbInstance(), out, 0, W);
            return out;
        }).get();
    }
}
