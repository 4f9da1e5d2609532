package dev.spacetime.app.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void aParameterReadsAsItIsRoundedForReadingAndIsReadBackAsTyped() {
        NumberText text = new NumberText();
        assertEquals("0.015", text.toString(0.01 + 0.005));
        assertEquals("2.2", text.toString(2.2001));
        assertEquals("40", text.toString(40.0));
        assertEquals(0.015, text.fromString(" 0.015 "));
        assertNull(text.fromString(""));
    }
}
