package dev.spacetime.io;

import static dev.spacetime.io.Loading.failure;
import static dev.spacetime.io.Loading.load;
import static dev.spacetime.io.Loading.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the builder refuses and what breaks the paper's rules, each reported at the line and column
 * where the element concerned begins. Every file here has processes at column 5, events at column 7
 * and messages at column 5 of their lines.
 */
class DiagramReaderRulesTest {
    /** Processes P (p1, p2) and Q (q1, q2) on lines 3–8, with the given times, and messages from line 10. */
    private static String twoProcesses(String p1, String p2, String q1, String q2, String... messages) {
        return """
                { "format": "spacetime", "version": 1,
                  "processes": [
                    { "name": "P", "events": [
                      { "id": "p1"%s },
                      { "id": "p2"%s } ] },
                    { "name": "Q", "events": [
                      { "id": "q1"%s },
                      { "id": "q2"%s } ] } ],
                  "messages": [
                """.formatted(time(p1), time(p2), time(q1), time(q2))
                + String.join(",\n", List.of(messages).stream().map(m -> "    " + m).toList()) + " ] }\n";
    }

    private static String time(String t) {
        return t == null ? "" : ", \"time\": " + t;
    }

    private static String message(String from, String to) {
        return "{ \"from\": \"" + from + "\", \"to\": \"" + to + "\" }";
    }

    @Test
    void aValidDiagramLoads() {
        var d = load(twoProcesses("1", "5", "2", "6", message("p1", "q2"), message("q1", "p2")));
        assertEquals(4, d.eventCount());
        assertEquals(2, d.messageCount());
    }

    @Test
    void aNameWithAControlCharacterIsQuotedInTheReasonOnOneLine() {
        // "P\nR" in the file is a name with a newline in it: the reason shows it as written, on one line.
        String json = twoProcesses("5", "1", null, null).replace("\"name\": \"P\"", "\"name\": \"P\\nR\"");
        String said = problems(json);
        assertTrue(said.contains("on process P\\u000aR; times must increase along a process"), said);
        assertTrue(said.chars().noneMatch(c -> c < 0x20), said);
    }

    @Test
    void duplicateEventIdPointsAtBothPlaces() {
        String json = twoProcesses(null, null, null, null, message("p1", "q2")).replace("\"q1\"", "\"p1\"");
        assertEquals("test.json:7:7: event \"p1\": duplicate event id (first at line 4, column 7)", problems(json));
    }

    @Test
    void duplicateProcessNamePointsAtBothPlaces() {
        String json = twoProcesses(null, null, null, null, message("p1", "q2")).replace("\"Q\"", "\"P\"");
        assertEquals("test.json:6:5: process \"P\": duplicate process name (first at line 3, column 5)",
                problems(json));
    }

    @Test
    void messageFromAnUnknownEvent() {
        assertEquals("test.json:10:5: message \"x1\" → \"q2\": there is no event \"x1\"",
                problems(twoProcesses(null, null, null, null, message("x1", "q2"))));
    }

    @Test
    void messageToAnUnknownEvent() {
        assertEquals("test.json:10:5: message \"p1\" → \"q9\": there is no event \"q9\"",
                problems(twoProcesses(null, null, null, null, message("p1", "q9"))));
    }

    @Test
    void messagesListedBeforeTheProcessesAreStillPlaced() {
        String json = """
                { "messages": [
                    { "from": "p1", "to": "nowhere" } ],
                  "format": "spacetime", "version": 1,
                  "processes": [ { "name": "P", "events": [ { "id": "p1" } ] } ] }""";
        assertEquals("test.json:2:5: message \"p1\" → \"nowhere\": there is no event \"nowhere\"", problems(json));
    }

    @Test
    void aReceiveThatAlsoSendsIsAllowed() {
        var d = load(twoProcesses(null, null, null, null, message("p1", "q1"), message("q1", "p2")));
        int q1 = d.findEvent("q1");
        assertEquals(1, d.receiveCount(q1));
        assertEquals(1, d.sendCount(q1));
    }

    @Test
    void anEventReceivingTwiceIsAllowed() {
        var d = load(twoProcesses(null, null, null, null, message("p1", "q2"), message("p2", "q2")));
        assertEquals(2, d.receiveCount(d.findEvent("q2")));
    }

    @Test
    void aSecondMessageBetweenTheSameTwoEvents() {
        assertEquals("test.json:11:5: message \"p1\" → \"q1\": a second message between the same two events"
                        + " (first at line 10, column 5); two events have at most one message between them",
                problems(twoProcesses(null, null, null, null, message("p1", "q1"), message("p1", "q1"))));
    }

    @Test
    void aSelfMessage() {
        assertEquals("test.json:10:5: message p1 → p2 goes from process P to itself; messages go between processes",
                problems(twoProcesses(null, null, null, null, message("p1", "p2"))));
    }

    @Test
    void aCausalCycle() {
        // p1 → p2 ⇝ q1 → q2 ⇝ p1: each message is received before the other is sent.
        DiagramLoadException e = failure(twoProcesses(null, null, null, null, message("p2", "q1"),
                message("q2", "p1")));
        assertEquals(1, e.problems().size(), e.getMessage());
        LoadProblem problem = e.problems().get(0);
        assertTrue(problem.message().startsWith("causal cycle: "), problem.message());
        assertTrue(problem.message().contains("p2 ⇝ q1") && problem.message().contains("q2 ⇝ p1"), problem.message());
        assertEquals(List.of(10, 5), List.of(problem.line(), problem.column()), "placed at the message into q1");
    }

    @Test
    void timeGoingBackwardsOnAProcess() {
        assertEquals("test.json:5:7: event p2 has time 3, not after p1 (time 5) on process P; times must increase"
                + " along a process", problems(twoProcesses("5", "3", null, null, message("p1", "q2"))));
    }

    @Test
    void equalTimesOnAProcessAreRefusedToo() {
        assertTrue(problems(twoProcesses("2.5", "2.5", null, null, message("p1", "q2")))
                .startsWith("test.json:5:7: event p2 has time 2.5, not after p1 (time 2.5)"));
    }

    @Test
    void aMessageReceivedBeforeItIsSent() {
        assertEquals("test.json:10:5: message p1 → q2 is received at time 4, before it is sent at time 10",
                problems(twoProcesses("10", null, null, "4", message("p1", "q2"))));
    }

    @Test
    void severalProblemsInOneFileAreAllReportedInFileOrder() {
        String json = """
                { "format": "spacetime", "version": 1, "titel": "Figure 1",
                  "processes": [
                    { "name": "P", "events": [
                      { "id": "p1", "time": 5 },
                      { "id": "p2", "time": 3 },
                      { "id": "p3", "time": "late" } ] },
                    { "name": "Q", "events": [
                      { "id": "p1" },
                      { "id": "q2", "colour": "red" } ] } ],
                  "messages": [
                    { "from": "p1", "to": "q2" },
                    { "from": "q2", "to": "p3" },
                    { "from": "q2", "to": "r1" },
                    { "from": "p1", "to": "q2", "external": 1 } ] }""";
        assertEquals("""
                test.json:1:40: unknown field "titel" (did you mean "title"?); a diagram has the fields format, \
                version, title, processes, messages, view
                test.json:5:7: event p2 has time 3, not after p1 (time 5) on process P; times must increase along \
                a process
                test.json:6:29: event "p3": "time" must be a number, not the string "late"
                test.json:8:7: event "p1": duplicate event id (first at line 4, column 7)
                test.json:9:21: event "q2": unknown field "colour"; an event has the fields id, label, time
                test.json:13:5: message "q2" → "r1": there is no event "r1"
                test.json:14:5: message "p1" → "q2": a second message between the same two events (first at line \
                11, column 5); two events have at most one message between them
                test.json:14:45: message "p1" → "q2": "external" must be true or false, not the number 1""",
                problems(json));
    }
}
