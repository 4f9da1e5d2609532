package dev.spacetime.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spacetime.testing.MemoryPreferences;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** The text size and presentation mode: the factor they make together, and the size remembered. */
class ViewStateTest {
    @Test
    void theFactorIsTheTextSizeEnlargedAgainWhilePresenting() {
        ViewState view = new ViewState();
        assertEquals(1, view.textFactor());
        view.textSize.set(TextSize.LARGE);
        assertEquals(1.3, view.textFactor(), 1e-9);
        view.presentation.set(true);
        assertEquals(1.3 * 1.6, view.textFactor(), 1e-9);
        view.textSize.set(TextSize.SMALL);
        assertEquals(0.85 * 1.6, view.textFactor(), 1e-9);
    }

    @Test
    void sizesStepUpAndDownAndStopAtTheEnds() {
        assertEquals(TextSize.LARGE, TextSize.NORMAL.larger());
        assertEquals(TextSize.HUGE, TextSize.HUGE.larger());
        assertEquals(TextSize.SMALL, TextSize.NORMAL.smaller());
        assertEquals(TextSize.SMALL, TextSize.SMALL.smaller());
    }

    @Test
    void theChosenSizeIsRememberedAndAStrangeStoredValueIsNormal() {
        Preferences node = new MemoryPreferences();
        ViewState first = new ViewState();
        first.rememberTextSize(node);
        assertEquals(TextSize.NORMAL, first.textSize.get(), "nothing stored yet");
        first.textSize.set(TextSize.HUGE);
        ViewState next = new ViewState();
        next.rememberTextSize(node);
        assertEquals(TextSize.HUGE, next.textSize.get());
        node.put("textSize", "GIGANTIC");
        ViewState later = new ViewState();
        later.rememberTextSize(node);
        assertEquals(TextSize.NORMAL, later.textSize.get());
    }
}
