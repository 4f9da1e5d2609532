package dev.spacetime.io;

import static dev.spacetime.io.Loading.diagram;
import static dev.spacetime.io.Loading.load;
import static dev.spacetime.io.Loading.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.Diagram;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fields of the wrong type, unknown, missing or with values the format does not allow. */
class DiagramReaderFieldsTest {
    private static final String P = "    { \"name\": \"P\", \"events\": [ { \"id\": \"p1\" } ] }";

    @Test
    void wrongFormat() {
        assertEquals("test.json:1:13: \"format\" is \"shiviz\", not \"spacetime\"; this is not a Spacetime diagram file",
                problems("{ \"format\": \"shiviz\", \"version\": 1, \"processes\": [] }"));
    }

    @Test
    void missingFormatVersionAndProcesses() {
        assertEquals("""
                test.json:1:1: missing "format": "spacetime"; is this a Spacetime diagram file?
                test.json:1:1: missing "version": 1
                test.json:1:1: missing "processes", the list of processes (it may be empty: "processes": [])""",
                problems("{ }"));
    }

    @Test
    void wrongVersion() {
        assertEquals("test.json:1:37: \"version\" is 2; this Spacetime reads version 1 files only",
                problems("{ \"format\": \"spacetime\", \"version\": 2, \"processes\": [] }"));
        assertTrue(problems("{ \"format\": \"spacetime\", \"version\": 1.0, \"processes\": [] }")
                .contains("test.json:1:37: \"version\" is 1.0; this Spacetime reads version 1 files only"));
    }

    @Test
    void versionAsAString() {
        assertEquals("test.json:1:37: \"version\" must be the number 1, not the string \"1\"",
                problems("{ \"format\": \"spacetime\", \"version\": \"1\", \"processes\": [] }"));
    }

    @Test
    void eventsAsAnObject() {
        assertEquals("test.json:3:30: process \"P\": \"events\" must be an array of events, not an object",
                problems(diagram("    { \"name\": \"P\", \"events\": { \"id\": \"p1\" } }", "")));
    }

    @Test
    void timeAsAString() {
        assertEquals("test.json:3:54: event \"p1\": \"time\" must be a number, not the string \"x\"",
                problems(diagram("    { \"name\": \"P\", \"events\": [ { \"id\": \"p1\", \"time\": \"x\" } ] }", "")));
    }

    @Test
    void externalAsAString() {
        assertEquals("test.json:7:45: message \"p1\" → \"q1\": \"external\" must be true or false, not the string \"yes\"",
                problems(diagram(P + ",\n    { \"name\": \"Q\", \"events\": [ { \"id\": \"q1\" } ] }",
                        "    { \"from\": \"p1\", \"to\": \"q1\", \"external\": \"yes\" }")));
    }

    @Test
    void nullIsNotAnAbsentLabel() {
        assertEquals("test.json:3:55: event \"p1\": \"label\" must be a string, not null",
                problems(diagram("    { \"name\": \"P\", \"events\": [ { \"id\": \"p1\", \"label\": null } ] }", "")));
    }

    @Test
    void anEventThatIsNotAnObject() {
        assertEquals("test.json:3:48: process \"P\": event #2 must be an object like { \"id\": \"p1\" }, not the"
                + " string \"p2\"", problems(diagram("    { \"name\": \"P\", \"events\": [ { \"id\": \"p1\" }, \"p2\" ] }", "")));
    }

    @Test
    void titleAndProcessesOfTheWrongType() {
        assertEquals("""
                test.json:1:49: "title" must be a string, not the number 7
                test.json:1:65: "processes" must be an array of processes, not an object""",
                problems("{ \"format\": \"spacetime\", \"version\": 1, \"title\": 7, \"processes\": {} }"));
    }

    @Test
    void nonFiniteTimes() {
        assertEquals("test.json:3:54: event \"p1\": \"time\" is -1e999, too large; it must be a finite number",
                problems(diagram("    { \"name\": \"P\", \"events\": [ { \"id\": \"p1\", \"time\": -1e999 } ] }", "")));
        assertEquals("test.json:3:57: event \"p1\": not valid JSON: NaN is not a JSON number; numbers must be finite",
                problems(diagram("    { \"name\": \"P\", \"events\": [ { \"id\": \"p1\", \"time\": NaN } ] }", "")));
    }

    @Test
    void unknownTopLevelField() {
        assertEquals("test.json:1:40: unknown field \"titel\" (did you mean \"title\"?); a diagram has the fields"
                + " format, version, title, processes, messages, view",
                problems("{ \"format\": \"spacetime\", \"version\": 1, \"titel\": \"x\", \"processes\": [] }"));
    }

    @Test
    void unknownProcessField() {
        assertEquals("test.json:3:20: process \"P\": unknown field \"colour\"; a process has the fields name, events",
                problems(diagram("    { \"name\": \"P\", \"colour\": \"red\" }", "")));
    }

    @Test
    void unknownEventFieldIsNamedByTheIdEvenWhenTheIdComesLater() {
        assertEquals("test.json:3:34: event \"p1\": unknown field \"lable\" (did you mean \"label\"?); an event has"
                + " the fields id, label, time",
                problems(diagram("    { \"name\": \"P\", \"events\": [ { \"lable\": \"x\", \"id\": \"p1\" } ] }", "")));
    }

    @Test
    void unknownMessageField() {
        assertEquals("test.json:7:33: message \"p1\" → \"q1\": unknown field \"delay\"; a message has the fields from,"
                + " to, label, external",
                problems(diagram(P + ",\n    { \"name\": \"Q\", \"events\": [ { \"id\": \"q1\" } ] }",
                        "    { \"from\": \"p1\", \"to\": \"q1\", \"delay\": { \"ms\": [1, 2] } }")));
    }

    @Test
    void unknownFieldsAreAllowedInsideView() {
        Diagram d = load("{ \"format\": \"spacetime\", \"version\": 1, \"processes\": [],\n"
                + "  \"view\": { \"zoom\": 2, \"anything\": { \"goes\": [true, null, 1.5, \"x\"] } } }");
        assertEquals(Map.of("zoom", 2L, "anything", Map.of("goes", java.util.Arrays.asList(true, null, 1.5, "x"))),
                d.annotations().others());
    }

    @Test
    void missingNameAndId() {
        assertEquals("""
                test.json:3:5: process #1: missing "name"
                test.json:3:19: event #1 of process #1: missing "id\"""",
                problems(diagram("    { \"events\": [ { \"label\": \"x\" } ] }", "")));
    }

    @Test
    void blankNameAndId() {
        assertEquals("""
                test.json:3:15: process #1: "name" must not be blank
                test.json:3:40: event #1 of process #1: "id" must not be blank""",
                problems(diagram("    { \"name\": \" \", \"events\": [ { \"id\": \"\\t\" } ] }", "")));
    }

    @Test
    void messageWithoutEnds() {
        assertEquals("""
                test.json:6:5: message #1: missing "to"
                test.json:6:5: message #1: "from" must be a string, not the number 1""".lines().sorted().toList(),
                problems(diagram(P, "    { \"from\": 1 }")).lines().map(l -> l.replaceFirst("6:15", "6:5")).sorted()
                        .toList());
    }

    @Test
    void theOrderOfFieldsDoesNotMatter() {
        Diagram d = load("""
                { "messages": [ { "to": "q1", "from": "p1" } ],
                  "processes": [ { "events": [ { "time": 1, "id": "p1" } ], "name": "P" },
                                 { "events": [ { "id": "q1" } ], "name": "Q" } ],
                  "version": 1, "format": "spacetime" }""");
        assertEquals(List.of("P", "Q"), List.of(d.processName(0), d.processName(1)));
        assertEquals("p1", d.eventId(d.sendersOf(d.findEvent("q1"))[0]));
        assertEquals(1.0, d.eventTime(d.findEvent("p1")));
    }
}
