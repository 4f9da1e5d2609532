package dev.spacetime.awtpaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.export.ExportOptions;
import dev.spacetime.export.PictureSettings;
import dev.spacetime.export.PictureText;
import dev.spacetime.fxpaint.PngExport;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.shiviz.ShivizFiles;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.model.Diagram;
import dev.spacetime.sim.mutex.MutexCheck;
import dev.spacetime.sim.recipe.MutexRecheck;
import dev.spacetime.step.Linearization;
import dev.spacetime.testing.FxThread;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line's Java2D PNG and the app's JavaFX PNG of the same drawing are the same picture:
 * the same size, and each one's ink lies within {@link #REACH} pixels of the other's for at least
 * {@link #AGREE} of its inked pixels, both ways (see {@link InkDistance} for why ink and a reach).
 * Corpus diagrams in both orientations, with a selection, tick lines, margins, slides' scale and a
 * window picture with the screen's level of detail.
 */
class PngPicturesAgreeTest {
    private static final int REACH = 2;
    private static final double AGREE = 0.97;

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxThread.start();
    }

    static Stream<Arguments> pictures() throws Exception {
        Analysis figure1 = analysis("lamport-figure1.json");
        Diagram mutexRun = diagram("mutual-exclusion.json");
        Analysis mutex = Analysis.of(mutexRun);
        Analysis shiviz = analysis("govector-client-server.log");
        Analysis broadcast = analysis("broadcast.log");
        PictureSettings up = settings(Orientation.TIME_UP, ClockLabels.LAMPORT, List.of());
        PictureSettings right = settings(Orientation.TIME_RIGHT, ClockLabels.VECTOR, List.of("q3", "r2"));
        MutexCheck.Verdict verdict = MutexRecheck.of(mutexRun);
        PictureSettings judged = settings(Orientation.TIME_RIGHT, ClockLabels.LAMPORT, List.of())
                .withBroken(verdict.brokenBy());
        Drawing keyed = right.drawing(figure1, 1);
        return Stream.of(
                Arguments.of("Figure 1, time up", up.drawing(figure1, 1), ExportOptions.DEFAULT),
                Arguments.of("Figure 1, time right, two events selected, key and title", keyed,
                        ExportOptions.DEFAULT.withText(PictureText.of(keyed, figure1, "Figure 1", true, null,
                                List.of("q3 ‖ r2: C_Q and C_R")))),
                Arguments.of("Figure 1 for slides at 2×, transparent", up.drawing(figure1, 1.6),
                        new ExportOptions(0, 2, true, 1.6)),
                Arguments.of("mutual exclusion, time right, judged", judged.drawing(mutex, 1), ExportOptions.DEFAULT),
                Arguments.of("ShiViz log, time up", up.drawing(shiviz, 1), ExportOptions.DEFAULT),
                Arguments.of("ShiViz log in a 1280×800 window", up.drawingToFill(broadcast, 1280, 800, 1),
                        ExportOptions.window(1280, 800, 1, false, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pictures")
    void theJava2dPictureIsTheJavaFxPicture(String name, Drawing drawing, ExportOptions options) throws Exception {
        BufferedImage fx = javaFx(drawing, options);
        BufferedImage awt = PngPicture.render(drawing, options);
        assertEquals(fx.getWidth() + "×" + fx.getHeight(), awt.getWidth() + "×" + awt.getHeight(), name);
        assertTrue(InkDistance.inked(fx) > 1000, "the JavaFX picture has ink");
        double awtNearFx = InkDistance.matched(awt, fx, REACH);
        double fxNearAwt = InkDistance.matched(fx, awt, REACH);
        assertTrue(awtNearFx >= AGREE && fxNearAwt >= AGREE, name + ": " + percent(awtNearFx)
                + " of the Java2D ink is near the JavaFX ink, " + percent(fxNearAwt) + " the other way");
    }

    /** The measure tells a misplaced picture: Figure 1 moved by a few pixels no longer agrees with itself. */
    @Test
    void theMeasureTellsAPictureMovedByAFewPixels() throws Exception {
        BufferedImage picture = PngPicture.render(settings(Orientation.TIME_UP, ClockLabels.LAMPORT, List.of())
                .drawing(analysis("lamport-figure1.json"), 1), ExportOptions.DEFAULT);
        BufferedImage moved = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_ARGB);
        moved.createGraphics().drawImage(picture, 4, 0, null);
        assertEquals(1, InkDistance.matched(picture, picture, REACH));
        assertTrue(InkDistance.matched(moved, picture, REACH) < AGREE);
    }

    private static BufferedImage javaFx(Drawing drawing, ExportOptions options) throws Exception {
        return FxThread.call(() -> {
            WritableImage image = PngExport.snapshot(drawing, options);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                image.getPixelReader().getPixels(0, y, w, 1, PixelFormat.getIntArgbInstance(), row, 0, w);
                out.setRGB(0, y, w, 1, row, 0, w);
            }
            return out;
        });
    }

    private static Analysis analysis(String example) throws Exception {
        return Analysis.of(diagram(example));
    }

    private static Diagram diagram(String example) throws Exception {
        Path file = Path.of("examples", example);
        return ShivizFiles.isLog(file) ? ShivizFiles.importExecution(file, 0) : DiagramReader.read(file);
    }

    private static PictureSettings settings(Orientation orientation, ClockLabels clocks, List<String> selected) {
        return new PictureSettings(orientation, TimeMode.PHYSICAL, !selected.isEmpty(), clocks, selected, -1,
                Linearization.Kind.TOTAL_ORDER, false);
    }

    private static String percent(double share) {
        return Math.round(share * 1000) / 10.0 + "%";
    }
}
