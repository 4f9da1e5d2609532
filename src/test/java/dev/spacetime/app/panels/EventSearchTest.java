package dev.spacetime.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spacetime.causality.Analysis;
import dev.spacetime.io.shiviz.ShivizFiles;
import dev.spacetime.model.SetEventLabel;
import dev.spacetime.testing.Diagrams;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

public class EventSearchTest {
    private static List<String> find(Analysis a, String q) {
        return Arrays.stream(EventSearch.find(a, q)).mapToObj(a::id).toList();
    }

    @Test
    void wordsMatchIdsAndLabelsInTheTotalOrder() {
        var d = Diagrams.figure1();
        new SetEventLabel("r3", "Pick up").applyTo(d);
        Analysis a = Analysis.of(d);
        assertEquals(List.of("p1", "p2", "p3", "r3", "p4"), find(a, "P"), "ids p… and the label Pick up, in ⇒ order");
        assertEquals(List.of("r3"), find(a, "label:pick"));
        assertEquals(List.of("q1", "q2", "q3", "q4", "q5", "q6", "q7"), find(a, "process:Q"));
        assertEquals(List.of(), find(a, "  "));
    }

    @Test
    void aLogsFieldsCanBeSearched() throws Exception {
        String log = "(?<date>\\d+) (?<host>\\S+) (?<clock>{.*}) (?<event>.*)\n\n10 p {\"p\":1} hello\n11 p {\"p\":2} bye\n";
        Path file = java.nio.file.Files.createTempFile("fields", ".log");
        java.nio.file.Files.writeString(file, log);
        Analysis a = Analysis.of(ShivizFiles.importExecution(file, 0));
        assertEquals(List.of("p2"), find(a, "date:11"));
        assertEquals(List.of("p1"), find(a, "10"), "plain words look in every field too");
        java.nio.file.Files.delete(file);
    }
}
