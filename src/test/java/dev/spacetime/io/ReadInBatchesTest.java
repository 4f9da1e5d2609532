package dev.spacetime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spacetime.model.Diagram;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Events and messages are added a batch at a time (their ids looked up together), yet the diagram and
 * its problems are what adding them one at a time gives: the same messages in the same order, every
 * duplicate found with the place of the first, and with more problems than the log keeps, the first
 * ones in the file listed.
 */
class ReadInBatchesTest {
    @Test
    void messagesOverManyBatchesAreAddedInFileOrder() {
        int n = MessageBatch.SIZE * 2 + 37;
        StringJoiner events = new StringJoiner(", ");
        StringJoiner receives = new StringJoiner(", ");
        StringJoiner messages = new StringJoiner(",\n");
        for (int i = 1; i <= n; i++) {
            events.add("{ \"id\": \"p" + i + "\" }");
            receives.add("{ \"id\": \"q" + i + "\" }");
            // Sent in turn from the end of P's list, received in order on Q: the file's order is no other order.
            messages.add("{ \"from\": \"p" + (n + 1 - i) + "\", \"to\": \"q" + i + "\", \"label\": \"m" + i + "\" }");
        }
        Diagram d = Loading.load(Loading.diagram(
                "{ \"name\": \"P\", \"events\": [ " + events + " ] }, { \"name\": \"Q\", \"events\": [ " + receives + " ] }",
                messages.toString()));
        assertEquals(n, d.messageCount());
        for (int k = 0; k < n; k++) {
            int m = d.message(k);
            assertEquals("m" + (k + 1), d.messageLabel(m));
            assertEquals("p" + (n - k), d.eventId(d.messageFrom(m)));
            assertEquals("q" + (k + 1), d.eventId(d.messageTo(m)));
        }
    }

    @Test
    void withMoreProblemsThanListedTheFirstInTheFileAreListed() {
        // Every other message names no event (found when its batch is added), the rest carry an unknown
        // field (found as it is read), and each of those after the first repeats a message (found when
        // added): a batch held back must not let the later ones in first.
        StringJoiner messages = new StringJoiner(",\n");
        for (int i = 1; i <= 3 * ProblemLog.LIMIT; i++) {
            messages.add(i % 2 == 1 ? "{ \"from\": \"p1\", \"to\": \"nowhere" + i + "\" }"
                    : "{ \"from\": \"p1\", \"to\": \"q1\", \"colour\": \"red\" }");
        }
        String json = Loading.diagram("{ \"name\": \"P\", \"events\": [ { \"id\": \"p1\" } ] },\n"
                + "{ \"name\": \"Q\", \"events\": [ { \"id\": \"q1\" } ] }", messages.toString());
        List<LoadProblem> problems = Loading.failure(json).problems();
        String all = problems.stream().map(LoadProblem::toString).reduce("", (x, y) -> x + "\n" + y);
        // Message i is on line 6 + i. An odd one names no event (column 1); an even one has an unknown
        // field (column 29), and after the second it repeats a message (column 1, found only at the end).
        List<String> expected = new ArrayList<>();
        for (int i = 1; expected.size() < ProblemLog.LIMIT; i++) {
            if (i % 2 == 1) {
                expected.add((6 + i) + ":1");
            } else {
                if (i > 2) {
                    expected.add((6 + i) + ":1");
                }
                expected.add((6 + i) + ":29");
            }
        }
        List<String> listed = new ArrayList<>();
        problems.stream().filter(LoadProblem::hasLocation).forEach(p -> listed.add(p.line() + ":" + p.column()));
        assertEquals(expected.subList(0, ProblemLog.LIMIT), listed, all);
        assertEquals("… and 349 more problems not listed", problems.get(problems.size() - 1).message());
    }

    @Test
    void duplicateIdsAcrossBatchesNameTheFirstAndTheFirstHundredAreListed() {
        int n = EventBatch.SIZE + 88;
        StringJoiner events = new StringJoiner(",\n");
        for (int i = 1; i <= n; i++) {
            events.add("{ \"id\": \"e" + i + "\" }");
        }
        // P's events one to a line from line 4; Q repeats them all, one to a line after.
        String json = Loading.diagram("{ \"name\": \"P\", \"events\": [\n" + events + " ] },\n"
                + "{ \"name\": \"Q\", \"events\": [\n" + events + " ] }", "");
        List<LoadProblem> problems = Loading.failure(json).problems();
        int firstRepeat = 4 + n + 1;
        for (int k = 0; k < ProblemLog.LIMIT; k++) {
            LoadProblem p = problems.get(k);
            assertEquals(firstRepeat + k, p.line(), p.toString());
            assertEquals("event \"e" + (k + 1) + "\": duplicate event id (first at line " + (4 + k) + ", column 1)",
                    p.message());
        }
        assertEquals("… and " + (n - ProblemLog.LIMIT) + " more problems not listed",
                problems.get(problems.size() - 1).message());
    }
}
