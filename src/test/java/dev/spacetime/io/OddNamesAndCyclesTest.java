package dev.spacetime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Names that look fine to String but not to a person or to UTF-8, and a causal cycle too long to print whole. */
class OddNamesAndCyclesTest {
    private static String refusal(String json) {
        return assertThrows(DiagramLoadException.class, () -> DiagramReader.read("t.json", new StringReader(json)))
                .getMessage();
    }

    private static String oneEvent(String processName, String id) {
        return "{ \"format\": \"spacetime\", \"version\": 1, \"processes\": [ { \"name\": \"" + processName
                + "\", \"events\": [ { \"id\": \"" + id + "\" } ] } ], \"messages\": [] }";
    }

    @Test
    void aNoBreakSpaceIsBlank() {
        assertTrue(refusal(oneEvent("P", "\\u00a0")).contains("\"id\" must not be blank"), refusal(oneEvent("P", "\\u00a0")));
        assertTrue(refusal(oneEvent("\u202f", "p1")).contains("\"name\" must not be blank"));
    }

    @Test
    void aLongCausalCycleIsNamedByItsLengthAndFirstEvents() {
        // 2,500 processes, each receiving then sending; each sends to the next, the last to the first.
        int n = 2_500;
        StringBuilder json = new StringBuilder("{ \"format\": \"spacetime\", \"version\": 1, \"processes\": [");
        for (int i = 1; i <= n; i++) {
            json.append(i > 1 ? "," : "").append("{\"name\":\"P").append(i).append("\",\"events\":[{\"id\":\"r")
                    .append(i).append("\"},{\"id\":\"s").append(i).append("\"}]}");
        }
        json.append("], \"messages\": [");
        for (int i = 1; i <= n; i++) {
            json.append(i > 1 ? "," : "").append("{\"from\":\"s").append(i).append("\",\"to\":\"r")
                    .append(i % n + 1).append("\"}");
        }
        json.append("] }");
        String message = refusal(json.toString());
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.length() < 300, () -> message.length() + " characters: " + message.substring(0, 200));
        assertTrue(message.contains("causal cycle: ") && message.contains("a cycle through 5000 events"), message);
    }

    @Test
    void columnsCountCharactersNotBytes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("c.json");
        java.nio.file.Files.writeString(file, "{\"format\":\"spacetime\",\"version\":1,\n\"title\":\"ééééé\", \"processes\":[x]}");
        DiagramLoadException e = assertThrows(DiagramLoadException.class, () -> DiagramReader.read(file));
        // Jackson places this error just past the word "x]": character 33 of line 2, but byte 38.
        assertEquals(2, e.problems().get(0).line(), e.getMessage());
        assertEquals(33, e.problems().get(0).column(), e.getMessage());
    }
}
