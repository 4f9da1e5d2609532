package dev.spacetime.fxpaint;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.export.ExportOptions;
import dev.spacetime.export.SvgPainter;
import dev.spacetime.export.TikzPainter;
import dev.spacetime.io.DiagramFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writing a drawing as a picture file, the format chosen by the file's extension (.png, .svg, .tex),
 * each written safely (a temporary file moved into place). Used by File → Export and by {@code render}.
 * PNG needs JavaFX running: on the JavaFX thread in the app, through {@link HeadlessRender} elsewhere.
 */
public final class PictureFiles {
    private PictureFiles() {
    }

    /** "png", "svg" or "tex" for a file name, or what else it ends in ("" for none). */
    public static String extension(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** Writes the picture; call on the JavaFX thread for PNG. */
    public static void write(Drawing drawing, ExportOptions options, Path file) throws IOException {
        switch (extension(file)) {
            case "png" -> PngExport.write(drawing, options, file);
            case "svg" -> {
                String svg = SvgPainter.paint(drawing, options);
                DiagramFiles.write(file, w -> w.write(svg));
            }
            case "tex" -> {
                String tex = TikzPainter.paint(drawing, options);
                DiagramFiles.write(file, w -> w.write(tex));
            }
            default -> throw new IOException(file.getFileName() + " does not end in .png, .svg or .tex");
        }
    }

    /** Writes the picture from any thread: PNG goes through the headless renderer. */
    public static void writeHeadless(Drawing drawing, ExportOptions options, Path file) throws IOException {
        if ("png".equals(extension(file))) {
            HeadlessRender.png(drawing, options, file);
        } else {
            write(drawing, options, file);
        }
    }

    /** The file for step k of a series: NAME-07.ext, the number padded to {@code digits}. */
    public static Path numbered(Path file, int k, int digits) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot);
        return file.resolveSibling(stem + "-" + String.format("%0" + digits + "d", k) + ext);
    }
}
