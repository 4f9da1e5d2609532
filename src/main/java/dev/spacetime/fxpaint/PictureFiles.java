package dev.spacetime.fxpaint;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.export.ExportOptions;
import dev.spacetime.export.PictureFormat;
import dev.spacetime.io.DiagramFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writing a drawing as a picture file from the app, the format chosen by the file's extension (.png,
 * .svg, .tex), each written safely (a temporary file moved into place). The PNG is the screen's
 * painter snapshot, so it runs on the JavaFX thread; the command line paints its PNGs with Java2D
 * ({@code awtpaint}) and needs no JavaFX.
 */
public final class PictureFiles {
    private PictureFiles() {
    }

    /** Writes the picture; call on the JavaFX thread for PNG. */
    public static void write(Drawing drawing, ExportOptions options, Path file) throws IOException {
        if ("png".equals(PictureFormat.extension(file))) {
            PngExport.write(drawing, options, file);
        } else {
            String text = PictureFormat.vectorText(drawing, options, file);
            DiagramFiles.write(file, w -> w.write(text));
        }
    }
}
