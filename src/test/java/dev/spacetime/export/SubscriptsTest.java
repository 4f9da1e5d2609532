package dev.spacetime.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.drawing.Subscripts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paper's C_P set as C with a subscript P: found in a text, and written so by SVG and TikZ. */
class SubscriptsTest {
    @Test
    void aRegisterSplitsIntoTheLetterItsSubscriptAndTheRest() {
        assertEquals(List.of(new Subscripts.Run("C", false), new Subscripts.Run("P", true), new Subscripts.Run(" = 3", false)),
                Subscripts.runs("C_P = 3"));
        assertEquals(List.of(new Subscripts.Run("IR2 sets C", false), new Subscripts.Run("alice", true),
                new Subscripts.Run(" := 4; V", false), new Subscripts.Run("Q", true)), Subscripts.runs("IR2 sets C_alice := 4; V_Q"));
        assertEquals("CP = 3", Subscripts.plain("C_P = 3"));
        // Only C_ and V_ at the start of a word: other underscores stay as they are.
        assertEquals(List.of(new Subscripts.Run("node_1 ABC_D", false)), Subscripts.runs("node_1 ABC_D"));
        assertTrue(Subscripts.width("C_P", 12, false) < dev.spacetime.drawing.TextMetrics.width("C_P", 12, false),
                "set smaller and without the underscore, it takes less room than it was given");
    }

    @Test
    void svgLowersTheSubscriptAndRaisesTheRestBack() {
        assertEquals("C<tspan dy=\"3.36\" font-size=\"8.64\">P</tspan><tspan dy=\"-3.36\"> = 3 &amp; more</tspan>",
                SvgPainter.typeset("C_P = 3 & more", 12));
        assertEquals("no register", SvgPainter.typeset("no register", 12));
    }

    @Test
    void tikzWritesTheRegisterAsMath() {
        assertEquals("IR1 sets $C_{Q}$ := 1 + 1 = 2", TikzPainter.typeset("IR1 sets C_Q := 1 + 1 = 2"));
        assertEquals("C\\textsubscript{Zoë} = 1", TikzPainter.typeset("C_Zoë = 1"));
        assertEquals("50\\% \\_x", TikzPainter.typeset("50% _x"));
    }
}
