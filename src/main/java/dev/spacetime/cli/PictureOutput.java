package dev.spacetime.cli;

import dev.spacetime.awtpaint.PngPicture;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.export.ExportOptions;
import dev.spacetime.export.PictureFormat;
import dev.spacetime.io.DiagramFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The command line's picture files, the format chosen by the extension: PNG painted with Java2D, SVG
 * and TikZ as text, each written safely. No JavaFX starts, so a picture costs a command line only the
 * painting.
 */
final class PictureOutput {
    private PictureOutput() {
    }

    static void write(Drawing drawing, ExportOptions options, Path file) throws IOException {
        if ("png".equals(PictureFormat.extension(file))) {
            PngPicture.write(drawing, options, file);
        } else {
            String text = PictureFormat.vectorText(drawing, options, file);
            DiagramFiles.write(file, w -> w.write(text));
        }
    }
}
