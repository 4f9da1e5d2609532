package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** An event label's parts are what {@code split(" {2}")} makes of it, runs of spaces and empty ends included. */
class LabelPartsTest {
    @Test
    void partsAreWhatSplitGives() {
        for (String text : new String[] {"", " ", "  ", "   ", "    ", "p1", "p1  C=1", "p1  C=1  send", "  p1", "p1  ",
            "p1   C=1", "p1    C=1", "p1  C=1  request  ", "a  b  c  d  e  f"}) {
            assertArrayEquals(text.split(" {2}"), LabelParts.of(text), "\"" + text + "\"");
        }
        Random random = new Random(7);
        for (int i = 0; i < 20000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(14); j > 0; j--) {
                sb.append(random.nextInt(3) == 0 ? 'a' : ' ');
            }
            String text = sb.toString();
            assertArrayEquals(text.split(" {2}"), LabelParts.of(text), "\"" + text + "\"");
        }
    }
}
