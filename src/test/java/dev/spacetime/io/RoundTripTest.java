package dev.spacetime.io;

import static dev.spacetime.io.Loading.load;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.Diagram;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading and saving give back the same diagram, and saving a loaded file gives back its bytes. */
class RoundTripTest {
    /** Valid, but written by hand: fields out of order, events before names, messages before processes. */
    private static final String HAND_WRITTEN = """
            {"view": {"zoom": 1.5, "step": 2, "big": 1e300, "hidden": ["p1", null, false],
                      "panels": {"clocks": {"vector": true}, "order": []}},
             "messages": [{"label": "m1", "to": "q2", "from": "p1"},
                          {"external": true, "from": "q1", "to": "p2"},
                          {"from": "p1", "to": "r1", "external": false}],
             "processes": [{"events": [{"id": "p1", "time": 0}, {"time": 20.0, "label": "request", "id": "p2"}],
                            "name": "P"},
                           {"name": "Q \\"quoted\\"", "events": [{"id": "q1", "time": -1.5e-3}, {"id": "q2"}]},
                           {"name": "R", "events": [{"id": "r1", "label": "tab\\there, é 😀"}]},
                           {"name": "empty", "events": []}],
             "title": "Figure 1 \\\\ hand-written", "version": 1, "format": "spacetime"}
            """;

    @TempDir
    Path dir;

    @Test
    void loadSaveLoadGivesTheSameDiagram() {
        Diagram first = load(HAND_WRITTEN);
        Diagram second = load(DiagramWriter.toString(first));
        assertTrue(second.sameContent(first));
        assertEquals("Figure 1 \\ hand-written", second.title());
        assertEquals("Q \"quoted\"", second.processName(1));
        assertEquals("tab\there, é 😀", second.eventLabel(second.findEvent("r1")));
        assertEquals(-0.0015, second.eventTime(second.findEvent("q1")));
        assertTrue(second.isExternal(second.messagesInto(second.findEvent("p2"))[0]));
        assertTrue(!second.isExternal(second.messagesInto(second.findEvent("r1"))[0]));
    }

    @Test
    void saveLoadSaveIsByteIdentical() {
        String saved = DiagramWriter.toString(load(HAND_WRITTEN));
        assertEquals(saved, DiagramWriter.toString(load(saved)));
        assertTrue(saved.contains("        { \"id\": \"p2\", \"label\": \"request\", \"time\": 20 }\n"), saved);
        assertTrue(saved.endsWith("}\n"));
    }

    @Test
    void theViewIsKeptAsPlainValuesAndWrittenBackUnchanged() {
        Map<String, Object> view = load(HAND_WRITTEN).annotations().others();
        Map<String, Object> panels = new LinkedHashMap<>();
        panels.put("clocks", Map.of("vector", true));
        panels.put("order", List.of());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("zoom", 1.5);
        expected.put("step", 2L);
        expected.put("big", 1e300);
        expected.put("hidden", Arrays.asList("p1", null, false));
        expected.put("panels", panels);
        assertEquals(expected, view);
        assertEquals(List.of("zoom", "step", "big", "hidden", "panels"), List.copyOf(view.keySet()), "file order");
        assertThrows(UnsupportedOperationException.class, () -> view.put("zoom", 2.0), "changed only by edits");
        assertInstanceOf(java.util.ArrayList.class, view.get("hidden"));
        assertInstanceOf(Long.class, view.get("step"));
        String saved = DiagramWriter.toString(load(HAND_WRITTEN));
        assertTrue(saved.endsWith("""
                  "view": {
                    "zoom": 1.5,
                    "step": 2,
                    "big": 1.0E300,
                    "hidden": ["p1", null, false],
                    "panels": {
                      "clocks": {
                        "vector": true
                      },
                      "order": []
                    }
                  }
                }
                """), saved);
        assertEquals(expected, load(saved).annotations().others());
    }

    @Test
    void aSavedFileLoadsAndSavesToTheSameBytes() throws Exception {
        Path file = dir.resolve("figure1.json");
        DiagramFiles.save(load(HAND_WRITTEN), file);
        byte[] first = Files.readAllBytes(file);
        DiagramFiles.save(DiagramReader.read(file), file);
        assertArrayEquals(first, Files.readAllBytes(file));
    }

    @Test
    void bytesWithAByteOrderMarkAndCharactersLoadAlike() throws Exception {
        byte[] utf8 = HAND_WRITTEN.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Diagram fromChars = load(HAND_WRITTEN);
        assertTrue(DiagramReader.read("bom.json", new ByteArrayInputStream(withBom)).sameContent(fromChars));
        byte[] utf16 = HAND_WRITTEN.getBytes(StandardCharsets.UTF_16);
        assertTrue(DiagramReader.read("utf16.json", new ByteArrayInputStream(utf16)).sameContent(fromChars));
    }
}
