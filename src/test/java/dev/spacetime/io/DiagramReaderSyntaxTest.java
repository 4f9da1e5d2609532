package dev.spacetime.io;

import static dev.spacetime.io.Loading.failure;
import static dev.spacetime.io.Loading.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Input that is not JSON, or not a JSON object, ends the reading with one located problem. */
class DiagramReaderSyntaxTest {
    private static final String START = "{ \"format\": \"spacetime\", \"version\": 1,\n";

    @Test
    void notJsonNamesTheFileLineAndColumn() {
        assertEquals("test.json:1:6: not valid JSON: unrecognized word 'hello'; text must be in double quotes",
                problems("hello world"));
    }

    @Test
    void singleQuotesAreExplained() {
        assertEquals("test.json:2:10: not valid JSON: a single quote ('); JSON strings and field names use"
                + " double quotes", problems(START + "\"title\": 'x' }"));
    }

    @Test
    void aMissingCommaIsLocated() {
        String message = problems(START + "\"title\": \"a\"\n\"processes\": [] }");
        assertEquals("test.json:3:1: not valid JSON: unexpected character '\"': was expecting comma to separate"
                + " Object entries", message);
    }

    @Test
    void truncatedFileSaysWhereItEndsAndWhatWasOpen() {
        String json = START + "\"processes\": [\n  { \"name\": \"P\", \"events\": [ { \"id\": \"p1\"";
        DiagramLoadException e = failure(json);
        assertEquals(1, e.problems().size());
        assertEquals("test.json:3:42: event \"p1\": the file ends too early, inside an object opened at"
                + " line 3, column 30; is it cut short?", e.getMessage());
    }

    @Test
    void truncatedInsideAString() {
        assertEquals("test.json:2:14: the file ends too early, inside a string; is it cut short?",
                problems(START + "\"title\": \"Fig"));
    }

    @Test
    void emptyFile() {
        assertEquals("test.json:1:1: the file is empty; a diagram file is a JSON object:"
                + " { \"format\": \"spacetime\", \"version\": 1, \"processes\": [] }", problems(""));
        assertTrue(problems("  \n\n ").startsWith("test.json:1:1: the file is empty"));
    }

    @Test
    void anArrayAtTheTop() {
        assertTrue(problems("\n  [ { \"format\": \"spacetime\" } ]")
                .startsWith("test.json:2:3: the file holds an array, not a diagram; a diagram file is a JSON object"));
    }

    @Test
    void nullAtTheTop() {
        assertTrue(problems("null").startsWith("test.json:1:1: the file holds null, not a diagram"));
    }

    @Test
    void aSecondValueAfterTheDiagram() {
        assertEquals("test.json:2:19: more JSON (an object) after the diagram's closing }; a file holds one diagram",
                problems(START + "\"processes\": [] } { }"));
    }

    @Test
    void duplicateKeysAreRefusedNamingTheElement() {
        String json = START + "\"processes\": [\n  { \"name\": \"P\", \"events\": [ { \"id\": \"p1\", \"id\": \"p2\" } ] } ] }";
        assertEquals("test.json:3:48: event \"p1\": duplicate field \"id\"; a field may appear only once in an object",
                problems(json));
    }

    @Test
    void duplicateTopLevelKeys() {
        assertEquals("test.json:2:29: duplicate field \"processes\"; a field may appear only once in an object",
                problems(START + "\"processes\": [], \"processes\": [] }"));
    }

    @Test
    void rawLineBreakInAString() {
        assertTrue(problems(START + "\"title\": \"two\nlines\", \"processes\": [] }")
                .startsWith("test.json:2:14: a string contains a raw control character"));
    }

    @Test
    void veryDeepNestingStopsAtTheLimitWithoutOverflowingTheStack() {
        String json = START + "\"processes\": [], \"view\": { \"a\": " + "[".repeat(1_000_000);
        DiagramLoadException e = failure(json);
        assertEquals(List.of(new LoadProblem(2, 96, "nested more than 64 levels deep; a diagram file needs only a few")),
                e.problems());
    }

    @Test
    void deepNestingInsideAnUnknownFieldIsStillRefused() {
        String json = START + "\"processes\": [], \"extra\": " + "{\"a\":".repeat(100_000);
        String message = problems(json);
        assertTrue(message.contains("test.json:2:18: unknown field \"extra\""), message);
        assertTrue(message.contains(": nested more than 64 levels deep"), message);
    }

    @Test
    void aTenMegabyteStringIsRefusedWhereItBegins() {
        String json = START + "\"processes\": [ { \"name\": \"P\", \"events\": [\n"
                + "  { \"id\": \"p1\", \"label\": \"" + "x".repeat(10_000_000) + "\" } ] } ] }";
        assertEquals("test.json:3:26: event \"p1\": a string longer than 65536 characters; ids, names, labels"
                + " and titles must be shorter", problems(json));
    }

    @Test
    void aThousandDigitNumberIsRefused() {
        String json = START + "\"processes\": [ { \"name\": \"P\", \"events\": [\n"
                + "  { \"id\": \"p1\", \"time\": " + "9".repeat(1000) + " } ] } ] }";
        assertTrue(problems(json).startsWith("test.json:3:"), problems(json));
        assertTrue(problems(json).endsWith(": event \"p1\": a number longer than 100 characters"), problems(json));
    }

    @Test
    void notUtf8() {
        byte[] bytes = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        DiagramLoadException e = org.junit.jupiter.api.Assertions.assertThrows(DiagramLoadException.class,
                () -> DiagramReader.read("bytes.json", new java.io.ByteArrayInputStream(bytes)));
        assertTrue(e.getMessage().startsWith("bytes.json:1:"), e.getMessage());
        assertTrue(e.getMessage().contains("the file is not UTF-8 text"), e.getMessage());
    }
}
