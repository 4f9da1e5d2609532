package dev.spacetime.awtpaint;

import dev.spacetime.drawing.Style;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * DejaVu Sans, plain and bold, the font {@code drawing.TextMetrics} measures: read straight from its
 * file where the usual font folders hold it, which spares asking the system's font list for it by
 * name (that lookup enumerates every installed font first); by name when no file is found, and the
 * default sans-serif font when the system has no DejaVu Sans at all.
 */
final class DejaVuFonts {
    /** Where the systems we run on keep DejaVu Sans. */
    private static final List<String> FOLDERS = List.of("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF",
            "/usr/share/fonts/dejavu", "/usr/share/fonts/dejavu-sans-fonts", "/usr/local/share/fonts",
            "/Library/Fonts", System.getProperty("user.home", "") + "/Library/Fonts",
            System.getenv().getOrDefault("WINDIR", "C:/Windows") + "/Fonts");
    private static final Font PLAIN = load(FOLDERS, "DejaVuSans.ttf", Font.PLAIN);
    private static final Font BOLD = load(FOLDERS, "DejaVuSans-Bold.ttf", Font.BOLD);

    private DejaVuFonts() {
    }

    /** The font at {@code size} pixels. */
    static Font of(boolean bold, double size) {
        return (bold ? BOLD : PLAIN).deriveFont((float) size);
    }

    /** The font in {@code file} in the first of {@code folders} that holds a readable one, else by name, else sans-serif. */
    static Font load(List<String> folders, String file, int style) {
        for (String folder : folders) {
            Path path = Path.of(folder, file);
            if (Files.isRegularFile(path)) {
                try {
                    return Font.createFont(Font.TRUETYPE_FONT, path.toFile());
                } catch (FontFormatException | IOException e) {
                    // A damaged or unreadable file: look further, then by name.
                }
            }
        }
        Font named = new Font(Style.FONT_FAMILY, style, 1);
        // Java answers an unknown family with its logical "Dialog" font, sans-serif on every system.
        return named.getFamily().equals(Style.FONT_FAMILY) ? named : new Font(Font.SANS_SERIF, style, 1);
    }
}
