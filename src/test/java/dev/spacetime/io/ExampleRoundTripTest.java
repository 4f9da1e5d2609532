package dev.spacetime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.io.shiviz.ShivizImport;
import dev.spacetime.io.shiviz.ShivizLog;
import dev.spacetime.model.Diagram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example file saves back to its own bytes, annotations and all, and a ShiViz log imported and
 * saved gives the bytes the writer gave before annotations were typed (kept under golden/).
 */
class ExampleRoundTripTest {
    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            List<Path> json = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertTrue(json.size() >= 5, "the examples are found");
            return json.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anExampleSavesToTheSameBytes(Path example) throws Exception {
        String file = Files.readString(example);
        assertEquals(file, DiagramWriter.toString(DiagramReader.read(example)));
    }

    @org.junit.jupiter.api.Test
    void anEmptyViewIsKeptOnSave() throws Exception {
        String figure = Files.readString(Path.of("examples", "lamport-figure1.json"));
        assertTrue(figure.endsWith("\n}\n") && !figure.contains("\"view\""));
        String withView = figure.substring(0, figure.length() - 3) + ",\n  \"view\": {}\n}\n";
        Diagram d = Loading.load(withView);
        assertTrue(d.annotations().isEmpty());
        assertEquals(withView, DiagramWriter.toString(d));
        assertEquals(figure, DiagramWriter.toString(Loading.load(figure)), "and a file without one gets none");
    }

    @ParameterizedTest
    @CsvSource({
        "govector-client-server.log, false, govector-client-server.json",
        "govector-client-server.log, true, govector-client-server-verbs.json",
        "broadcast.log, true, broadcast-verbs.json"})
    void anImportedLogSavesAsBefore(String log, boolean withFields, String golden) throws Exception {
        Diagram d = importExample(log, withFields);
        assertEquals(withFields, !d.annotations().fields().isEmpty());
        String saved = DiagramWriter.toString(d);
        assertEquals(Files.readString(Path.of("src/test/resources/golden", golden)), saved);
        assertEquals(saved, DiagramWriter.toString(Loading.load(saved)), "and loads back to the same bytes");
    }

    /**
     * An example log through the import; {@code withFields} reads each event's first word as a field
     * "verb" too, as a log with more named groups than host, clock and event gives fields.
     */
    static Diagram importExample(String name, boolean withFields) throws Exception {
        String text = Files.readString(Path.of("examples", name));
        if (withFields) {
            String fieldsPattern = text.replace("(?<event>.*)", "(?<event>(?<verb>\\S+).*)");
            assertFalse(fieldsPattern.equals(text), "the log's pattern has an event group");
            text = fieldsPattern;
        }
        ShivizLog log = ShivizLog.parse(name, text);
        return ShivizImport.toDiagram(name, log.executions().get(0));
    }
}
