package dev.spacetime.export;

import dev.spacetime.drawing.Drawing;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A picture file's format, chosen by its extension (.png, .svg, .tex), and the names of a series of
 * them: what the app's export and the command line's {@code render} agree on, whichever paints the PNG.
 */
public final class PictureFormat {
    private PictureFormat() {
    }

    /** "png", "svg" or "tex" for a file name, or what else it ends in ("" for none). */
    public static String extension(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** The file for step k of a series: NAME-07.ext, the number padded to {@code digits}. */
    public static Path numbered(Path file, int k, int digits) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot);
        return file.resolveSibling(stem + "-" + String.format("%0" + digits + "d", k) + ext);
    }

    /** The SVG or TikZ text of a picture for a file ending in .svg or .tex; any other ending is refused with the reason. */
    public static String vectorText(Drawing drawing, ExportOptions options, Path file) throws IOException {
        return switch (extension(file)) {
            case "svg" -> SvgPainter.paint(drawing, options);
            case "tex" -> TikzPainter.paint(drawing, options);
            default -> throw new IOException(file.getFileName() + " does not end in .png, .svg or .tex");
        };
    }
}
