package dev.spacetime.awtpaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.spacetime.drawing.Style;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PNG painter's font: DejaVu Sans from its file, and a font to draw with on any system. */
class DejaVuFontsTest {
    private static final String SYSTEM_FOLDER = "/usr/share/fonts/truetype/dejavu";

    @Test
    void readsTheFileFromTheFirstFolderThatHasIt(@TempDir Path empty) {
        assumeTrue(Files.isRegularFile(Path.of(SYSTEM_FOLDER, "DejaVuSans-Bold.ttf")), "DejaVu Sans is not in " + SYSTEM_FOLDER);
        Font bold = DejaVuFonts.load(List.of(empty.toString(), SYSTEM_FOLDER), "DejaVuSans-Bold.ttf", Font.BOLD);
        assertEquals("DejaVu Sans Bold", bold.getFontName());
    }

    @Test
    void aDamagedFileIsPassedOverForTheNextPlace(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve("DejaVuSans.ttf"), "not a font".getBytes());
        Font font = DejaVuFonts.load(List.of(folder.toString()), "DejaVuSans.ttf", Font.PLAIN);
        assertDrawable(font);
        assertTrue(font.getFamily().equals(Style.FONT_FAMILY) || isSansSerif(font), font.getFamily());
    }

    @Test
    void withNoFileAFontIsFoundByNameOrTheSystemsSansSerifIsTaken() {
        Font font = DejaVuFonts.load(List.of(), "DejaVuSans.ttf", Font.PLAIN);
        assertDrawable(font);
        boolean installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains(Style.FONT_FAMILY);
        assertEquals(installed ? Style.FONT_FAMILY : Font.SANS_SERIF, installed ? font.getFamily() : font.getName());
    }

    private static boolean isSansSerif(Font font) {
        return font.getName().equals(Font.SANS_SERIF);
    }

    private static void assertDrawable(Font font) {
        Font sized = font.deriveFont(13f);
        assertEquals(13f, sized.getSize2D());
        assertTrue(sized.canDisplayUpTo("p1 C=2") < 0, "cannot draw a label: " + sized);
    }
}
