package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The window's command line: help without a window, and a sentence rather than a stack trace without a display. */
class WindowStartTest {
    @Test
    void helpIsPrintedWithoutAWindowOrADisplay() {
        for (String asked : List.of("--help", "-h")) {
            WindowStart.Instead help = WindowStart.instead(List.of(asked), Map.of(), "Linux", null);
            assertEquals(0, help.status());
            assertTrue(help.text().startsWith("Usage: Spacetime [--timing] [FILE]"), help.text());
        }
    }

    @Test
    void onLinuxWithoutADisplayTheWindowIsRefusedInWords() {
        WindowStart.Instead refusal = WindowStart.instead(List.of("examples/lamport-figure1.json"), Map.of("DISPLAY", " "),
                "Linux", null);
        assertEquals(1, refusal.status());
        assertTrue(refusal.text().contains("needs a graphical display"), refusal.text());
        assertTrue(refusal.text().contains("spacetime --help"), refusal.text());
    }

    @Test
    void aDisplayWaylandAnotherPlatformOrAnotherSystemOpensTheWindow() {
        List<String> file = List.of("f.json");
        assertNull(WindowStart.instead(file, Map.of("DISPLAY", ":0"), "Linux", null));
        assertNull(WindowStart.instead(file, Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
        assertNull(WindowStart.instead(file, Map.of(), "Linux", "Monocle"));
        assertNull(WindowStart.instead(file, Map.of(), "Mac OS X", null));
        assertNull(WindowStart.instead(file, Map.of(), "Windows 11", null));
    }

    @Test
    void aDisplayThatCannotBeOpenedIsNamed() {
        String text = WindowStart.displayRefused(":99", "Unable to open DISPLAY");
        assertTrue(text.startsWith("Spacetime's window could not open the display :99 (Unable to open DISPLAY)."), text);
    }
}
