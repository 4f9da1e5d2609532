package dev.spacetime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.Diagram;
import dev.spacetime.model.DiagramBuilder;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The written text: field order, one event or message per line, numbers, escapes, the view. */
class DiagramWriterTest {
    private static Diagram figure() {
        DiagramBuilder b = new DiagramBuilder(8);
        b.title("Lamport 1978, Figure 1");
        int p = b.addProcess("P");
        b.addEvent(p, "p1", null, Double.NaN);
        b.addEvent(p, "p2", "request", 20);
        int q = b.addProcess("Q");
        b.addEvent(q, "q1", null, 2.5);
        b.addEvent(q, "q2", null, Double.NaN);
        b.addProcess("R");
        b.addMessage("p1", "q2", "m1", false);
        b.addMessage("q1", "p2", null, true);
        return b.build();
    }

    @Test
    void writesTheDocumentedLayout() {
        assertEquals("""
                {
                  "format": "spacetime",
                  "version": 1,
                  "title": "Lamport 1978, Figure 1",
                  "processes": [
                    {
                      "name": "P",
                      "events": [
                        { "id": "p1" },
                        { "id": "p2", "label": "request", "time": 20 }
                      ]
                    },
                    {
                      "name": "Q",
                      "events": [
                        { "id": "q1", "time": 2.5 },
                        { "id": "q2" }
                      ]
                    },
                    { "name": "R" }
                  ],
                  "messages": [
                    { "from": "p1", "to": "q2", "label": "m1" },
                    { "from": "q1", "to": "p2", "external": true }
                  ]
                }
                """, DiagramWriter.toString(figure()));
    }

    @Test
    void anEmptyDiagramHasNoTitleAndEmptyLists() {
        assertEquals("""
                {
                  "format": "spacetime",
                  "version": 1,
                  "processes": [],
                  "messages": []
                }
                """, DiagramWriter.toString(new DiagramBuilder(1).build()));
    }

    @Test
    void timesAreWrittenShortAndExact() {
        DiagramBuilder b = new DiagramBuilder(8);
        int p = b.addProcess("P");
        double[] times = {-0.0, 1e-7, 0.1, 3, 1e15, 1e20};
        for (int i = 0; i < times.length; i++) {
            b.addEvent(p, "e" + i, null, times[i]);
        }
        String text = DiagramWriter.toString(b.build());
        for (String written : List.of("\"time\": -0.0 }", "\"time\": 1.0E-7 }", "\"time\": 0.1 }", "\"time\": 3 }",
                "\"time\": 1.0E15 }", "\"time\": 1.0E20 }")) {
            assertTrue(text.contains(written), written + " in\n" + text);
        }
        Diagram loaded = Loading.load(text);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(loaded.eventTime(loaded.findEvent("e0"))));
    }

    @Test
    void stringsAreEscaped() {
        DiagramBuilder b = new DiagramBuilder(4);
        b.title("say \"hi\"\\\n\t\u0001 é 😀 \u2028 \ud800");
        String text = DiagramWriter.toString(b.build());
        assertTrue(text.contains("\"title\": \"say \\\"hi\\\"\\\\\\n\\t\\u0001 é 😀 \\u2028 \\ud800\",\n"), text);
        assertEquals(b.build().title(), Loading.load(text).title());
    }

    @Test
    void theViewIsWrittenLastKeepingNumberKinds() {
        DiagramBuilder b = new DiagramBuilder(4);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("zoom", 2.0);
        view.put("step", 3L);
        view.put("hidden", Arrays.asList("p1", null, true));
        view.put("panels", List.of(Map.of("name", "clocks"), List.of()));
        view.put("empty", Map.of());
        view.forEach(b::otherAnnotation);
        assertTrue(DiagramWriter.toString(b.build()).endsWith("""
                  "messages": [],
                  "view": {
                    "zoom": 2.0,
                    "step": 3,
                    "hidden": ["p1", null, true],
                    "panels": [
                      {
                        "name": "clocks"
                      },
                      []
                    ],
                    "empty": {}
                  }
                }
                """), DiagramWriter.toString(b.build()));
    }

    @Test
    void aViewValueJsonCannotHoldIsRefusedByPath() {
        DiagramBuilder b = new DiagramBuilder(4);
        b.otherAnnotation("sizes", List.of(1.0, Double.NaN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiagramWriter.toString(b.build()));
        assertEquals("view.sizes[1] is NaN, which JSON cannot hold", e.getMessage());
        DiagramBuilder c = new DiagramBuilder(4);
        c.otherAnnotation("when", new java.util.Date(0));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DiagramWriter.toString(c.build()))
                .getMessage().startsWith("view.when holds a java.util.Date"));
    }

    @Test
    void aViewNestedDeeperThanTheReaderAcceptsIsRefused() {
        Object deepest = List.of();
        for (int i = 0; i < 61; i++) { // with the file and the view objects, 64 levels
            deepest = List.of(deepest);
        }
        DiagramBuilder b = new DiagramBuilder(4);
        b.otherAnnotation("a", deepest);
        Diagram fits = b.build();
        assertTrue(Loading.load(DiagramWriter.toString(fits)).sameContent(fits), "64 levels in all still load");
        DiagramBuilder c = new DiagramBuilder(4);
        c.otherAnnotation("a", List.of(deepest));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DiagramWriter.toString(c.build()))
                .getMessage().endsWith("is nested deeper than a diagram file may be"));
    }

    @Test
    void aStringTooLongToLoadIsRefused() {
        DiagramBuilder b = new DiagramBuilder(4);
        b.addEvent(b.addProcess("P"), "p1", "x".repeat(DiagramReader.MAX_STRING_LENGTH + 1), Double.NaN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiagramWriter.toString(b.build()));
        assertTrue(e.getMessage().startsWith("the event label \"xxxx"), e.getMessage());
        assertTrue(e.getMessage().endsWith(" is 65537 characters long; a diagram file holds strings of up to 65536"));
    }

    @Test
    void aFailingWriterPassesItsErrorOn() {
        List<String> written = new ArrayList<>();
        Writer failing = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                written.add(new String(buf, off, len));
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertEquals("disk full", assertThrows(IOException.class, () -> DiagramWriter.write(figure(), failing))
                .getMessage());
    }
}
