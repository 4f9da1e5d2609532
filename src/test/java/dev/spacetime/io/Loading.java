package dev.spacetime.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.spacetime.model.Diagram;
import java.io.StringReader;

/** Loads diagram text in tests, expecting success or failure. */
final class Loading {
    static final String NAME = "test.json";

    private Loading() {
    }

    static Diagram load(String json) {
        try {
            return DiagramReader.read(NAME, new StringReader(json));
        } catch (DiagramLoadException e) {
            return fail("expected the diagram to load, but:\n" + e.getMessage());
        }
    }

    static DiagramLoadException failure(String json) {
        return assertThrows(DiagramLoadException.class, () -> DiagramReader.read(NAME, new StringReader(json)));
    }

    /** The whole message of the failure to load {@code json}. */
    static String problems(String json) {
        return failure(json).getMessage();
    }

    /** A valid file with {@code processes} and {@code messages} spliced in as JSON array contents. */
    static String diagram(String processes, String messages) {
        return "{ \"format\": \"spacetime\", \"version\": 1,\n"
                + "  \"processes\": [\n" + processes + "\n  ],\n"
                + "  \"messages\": [\n" + messages + "\n  ]\n}\n";
    }
}
