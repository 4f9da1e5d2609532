package dev.spacetime.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final Path FIGURE1 = Path.of("examples/lamport-figure1.json");

    @TempDir
    Path dir;


    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void checkSaysOkForEveryValidFile() {
        CliRun r = run("check", "examples/lamport-figure1.json", "examples/false-ordering.json",
                "examples/anomalous-telephone.json");
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.out().lines().filter(l -> l.endsWith(": ok")).count(), r.out());
    }

    @Test
    void checkReportsEveryProblemAndExitsTwo() throws IOException {
        Path bad = write("bad.json", """
                {"format": "spacetime", "version": 1, "processes": [
                  {"name": "P", "events": [{"id": "p1", "time": 10}, {"id": "p2", "time": 5}]},
                  {"name": "Q", "events": [{"id": "q1"}]}],
                 "messages": [{"from": "p1", "to": "p2"}, {"from": "p1", "to": "nowhere"}]}
                """);
        CliRun r = run("check", FIGURE1.toString(), bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains("lamport-figure1.json: ok"), r.out());
        assertTrue(r.out().contains("bad.json"), r.out());
        assertTrue(r.out().contains("nowhere"), r.out());
        assertTrue(r.out().contains("itself"), r.out());
        assertTrue(r.out().contains("times must increase"), r.out());
        assertFalse(r.out().contains("Exception") || r.err().contains("Exception"), "no stack trace");
    }

    @Test
    void notJsonExitsTwoWithLineAndColumn() throws IOException {
        Path bad = write("notjson.json", "{\n  \"format\": spacetime\n}\n");
        CliRun r = run("analyze", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("notjson.json:2:"), r.err());
    }

    @Test
    void aMissingFileIsAClearError() {
        CliRun r = run("check", dir.resolve("absent.json").toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains("absent.json"), r.out());
        assertFalse(r.out().contains("Exception"), r.out());
    }

    @Test
    void analyzeTableListsEventsInTotalOrderWithClocks() {
        CliRun r = run("analyze", FIGURE1.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().filter(l -> l.matches("\\s+\\d+\\s+\\S+\\s+[PQR]\\s+.*")).toList();
        assertEquals(15, rows.size(), r.out());
        assertTrue(rows.get(0).matches("\\s+1\\s+p1\\s+P\\s+1\\s+\\[1,0,0\\].*"), rows.get(0));
        assertTrue(rows.get(1).contains("tie"), "q1 ties with p1 and follows it by process order");
        assertTrue(r.out().contains("Clock Condition (a → b implies C(a) < C(b)): holds"));
        assertTrue(r.out().contains("Strong Clock Condition violations (a ➝ b through external messages yet C(a) ≥ C(b)): 0"));
        assertTrue(r.out().contains("Anomalies (a ➝ b yet ⇒ puts b before a): 0"));
    }

    @Test
    void analyzeNamesC1AndC2FailuresOfTheDiagramsOwnClocksApartAndLeavesMissingValuesOut() throws IOException {
        Path mine = dir.resolve("mine.json");
        Files.writeString(mine, Files.readString(FIGURE1).replaceFirst("\\}\\s*$",
                ", \"view\": {\"clocks\": {\"name\": \"C_mine\", \"values\": "
                        + "{\"p1\": 5, \"q1\": 1, \"q2\": 3, \"q3\": 3}}}}"));
        CliRun r = run("analyze", mine.toString());
        assertEquals(0, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("    C1, along each process: fails at 1 step"), r.out());
        assertTrue(r.out().contains("      q2 → q3 (C1, along Q): C_mine 3 ≥ 3"), r.out());
        assertTrue(r.out().contains("    C2, along each message: fails at 1 message"), r.out());
        assertTrue(r.out().contains("      p1 ⇝ q2 (C2, a message): C_mine 5 ≥ 3"), r.out());
        assertFalse(r.out().contains("q4 ⇝ r3"), "r3 has no value: not yet given, no failure");
        assertTrue(r.out().contains("(not a ⇒ that extends →: C_mine gives no value yet to p2, p3, p4 and 8 more)"),
                r.out());
    }

    @Test
    void analyzeJsonHasExactlyTheDocumentedShape() throws IOException {
        CliRun r = run("analyze", "--json", FIGURE1.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("events", "concurrent"), fields);
        JsonNode first = root.get("events").get(0);
        assertEquals("{\"id\":\"p1\",\"process\":\"P\",\"lamport\":1,\"vector\":[1,0,0]}", first.toString());
        assertEquals(15, root.get("events").size());
        JsonNode r4 = root.get("events").get(13);
        assertEquals("r4", r4.get("id").asText());
        assertArrayEquals(new int[] {1, 4, 4}, new ObjectMapper().convertValue(r4.get("vector"), int[].class));
        List<String> pairs = new ArrayList<>();
        root.get("concurrent").forEach(p -> pairs.add(p.get(0).asText() + "," + p.get(1).asText()));
        assertTrue(pairs.contains("p3,q3"), "the paper's p3 ‖ q3");
        assertTrue(pairs.contains("p2,q3"), "the paper's p2 ‖ q3");
        assertFalse(pairs.contains("p1,r4"), "p1 → r4");
        assertEquals("p1,q1", pairs.get(0), "sorted by a's place in ⇒, then b's: p1 ‖ q1 comes first");
    }

    @Test
    void analyzeJsonWithoutPairs() throws IOException {
        CliRun r = run("analyze", "--json", "--no-pairs", FIGURE1.toString());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertFalse(root.has("concurrent"));
        assertEquals(15, root.get("events").size());
    }

    @Test
    void analyzeShowsTheFalseOrderingAndTheAnomalyExamples() {
        CliRun falseOrdering = run("analyze", "examples/false-ordering.json");
        assertTrue(falseOrdering.out().contains("p2 ‖ q3   C = 2 < 3"), falseOrdering.out());
        CliRun anomaly = run("analyze", "examples/anomalous-telephone.json");
        assertTrue(anomaly.out().contains("a4 ➝ b2   C = 4 ≥ 2   ⇒ puts b2 first: anomalous"), anomaly.out());
        assertFalse(anomaly.out().contains("Strong Clock Condition violations (a ➝ b through external messages yet C(a) ≥ C(b)): 0"));
    }

    @Test
    void generateIsDeterministicAndValid() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        String[] options = {"--processes", "5", "--events", "200", "--messages", "60", "--external", "3", "--seed", "9"};
        assertEquals(0, run(concat("generate", options, a)).code());
        assertEquals(0, run(concat("generate", options, b)).code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertEquals(0, run("check", a.toString()).code());
        CliRun analysis = run("analyze", "--json", "--no-pairs", a.toString());
        assertEquals(200, new ObjectMapper().readTree(analysis.out()).get("events").size());
    }

    @Test
    void generateRefusesImpossibleParameters() {
        CliRun r = run("generate", "--processes", "1", "--events", "10", "--messages", "3", dir.resolve("x.json").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("at least two processes"), r.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("check", "analyze", "generate")) {
            CliRun r = run(command, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Usage: spacetime " + command), r.out());
        }
        assertTrue(run("--help").out().contains("check"));
    }

    @Test
    void aBadOptionIsAUsageError() {
        CliRun r = run("analyze", "--frobnicate", FIGURE1.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option"), r.err());
    }

    private static String[] concat(String command, String[] options, Path out) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(options));
        all.add(out.toString());
        return all.toArray(String[]::new);
    }

    @Test
    void aPlainTextFileIsSaidFirstToBeNeitherADiagramNorALog() throws IOException {
        String notes = "Shopping list\nmilk\neggs\n\nremember the meeting at 10\n";
        for (String name : new String[] {"notes.txt", "notes"}) {
            Path file = write(name, notes);
            CliRun r = run("check", file.toString());
            assertEquals(2, r.code());
            String all = r.out() + r.err();
            assertTrue(all.strip().startsWith(name + " is neither a Spacetime diagram nor a ShiViz log that can be read"),
                    all);
            assertFalse(all.contains("Exception"), all);
        }
    }

    @Test
    void equalClocksAcrossAnExternalMessageBreakTheStrongConditionButNotTheOrder(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path tmp) {
        String file = tmp.resolve("weak.json").toString();
        assertEquals(0, run("simulate", "anomaly", "--work", "1", file).code());
        CliRun r = run("analyze", file);
        assertTrue(r.out().contains("a2 ➝ b2   C = 2 ≥ 2   ⇒ still puts a2 first (equal clocks, process order)"), r.out());
        assertTrue(r.out().contains("Strong Clock Condition violations (a ➝ b through external messages yet C(a) ≥ C(b)): 6"),
                r.out());
        assertTrue(r.out().contains("Anomalies (a ➝ b yet ⇒ puts b before a): 3"), r.out());
    }
}
