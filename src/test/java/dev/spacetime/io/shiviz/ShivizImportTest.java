package dev.spacetime.io.shiviz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.model.Diagram;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShivizImportTest {
    /** A client and a server in GoVector's style: the default expression, one execution. */
    static final String CLIENT_SERVER = """


            Initializing client
            client {"client":1}
            Sending request
            client {"client":2}
            Initializing server
            server {"server":1}
            Received request
            server {"client":2, "server":2}
            Sending reply
            server {"client":2, "server":3}
            Received reply
            client {"client":3, "server":3}
            """;

    static Diagram load(String log) throws DiagramLoadException {
        ShivizLog parsed = ShivizLog.parse("test.log", log);
        return ShivizImport.toDiagram("test.log", parsed.executions().get(0));
    }

    static String problems(String log) {
        return assertThrows(DiagramLoadException.class, () -> load(log)).getMessage();
    }

    @Test
    void messagesComeFromTheVectorClocks() throws Exception {
        Diagram d = load(CLIENT_SERVER);
        assertEquals(2, d.processCount());
        assertEquals("client", d.processName(0));
        assertEquals(List.of("client1", "client2", "client3"), List.of(d.eventId(d.eventAt(0, 0)),
                d.eventId(d.eventAt(0, 1)), d.eventId(d.eventAt(0, 2))));
        assertEquals(2, d.messageCount());
        assertEquals("client2", d.eventId(d.sendersOf(d.findEvent("server2"))[0]));
        assertEquals("server3", d.eventId(d.sendersOf(d.findEvent("client3"))[0]));
        assertEquals("Received request", d.eventLabel(d.findEvent("server2")));
        Analysis a = Analysis.of(d);
        assertTrue(a.concurrent(a.indexOf("client1"), a.indexOf("server1")));
    }

    @Test
    void arcsImpliedByOthersAreDropped() throws Exception {
        // c learns of a1 only through b2, which received from a1: one message a1 → b2, one b3 → c1.
        Diagram d = load("\n\nx\na {\"a\":1}\ny\nb {\"b\":1}\nz\nb {\"a\":1,\"b\":2}\nw\nb {\"a\":1,\"b\":3}\n"
                + "v\nc {\"a\":1,\"b\":3,\"c\":1}\n");
        assertEquals(2, d.messageCount());
        assertEquals("b3", d.eventId(d.sendersOf(d.findEvent("c1"))[0]));
    }

    @Test
    void escapedQuotesAsTheTlaModuleWritesThemAreAccepted() throws Exception {
        Diagram d = load("\n\nstart\np {\\\"p\\\":1}\n");
        assertEquals(1, d.eventCount());
    }

    @Test
    void otherNamedGroupsBecomeEventFields() throws Exception {
        String log = "(?<date>\\d+) (?<host>\\S+) (?<clock>{.*}) (?<event>.*)\n\n"
                + "10 p {\"p\":1} hello\n11 p {\"p\":2} bye\n";
        Diagram d = load(log);
        assertEquals("hello", d.eventLabel(d.findEvent("p1")));
        assertEquals(java.util.Map.of("date", "11"), d.annotations().fields("p2"));
    }

    @Test
    void severalExecutionsAreSplitAndNamedByTheTraceGroup() throws Exception {
        String log = "\n=== (?<trace>.*) ===\n=== first ===\na\np {\"p\":1}\n=== second ===\nb\nq {\"q\":1}\nc\nq {\"q\":2}\n";
        ShivizLog parsed = ShivizLog.parse("t.log", log);
        assertEquals(List.of("first", "second"), parsed.executions().stream().map(LogExecution::name).toList());
        assertEquals(2, ShivizImport.toDiagram("t.log", parsed.executions().get(1)).eventCount());
    }

    @Test
    void eachValidationRuleGivesALocatedMessage() {
        assertEquals("test.log:4:3: the clock of an event on \"p\" must count \"p\" itself",
                problems("\n\nx\np {\"q\":1}\ny\nq {\"q\":1}\n"));
        assertTrue(problems("\n\nx\np {\"p\":2}\n").contains("test.log:4:3: no event of \"p\" counts 1 of its own"));
        assertTrue(problems("\n\nx\np {\"p\":1,\"r\":1}\n").contains("test.log:4:3: the clock names process \"r\", "
                + "which has no events"));
        assertTrue(problems("\n\nx\np {\"p\":1,\"q\":2}\ny\nq {\"q\":1}\n").contains("test.log:4:3: the clock counts 2 "
                + "events of \"q\", which has only 1"));
        assertTrue(problems("\n\nx\np {p:1}\n").contains("test.log:4:3: the clock is not a JSON object"));
        assertTrue(problems("(?<event>.*)\\n(?<host>\\S*)\n\nx\np\n").contains("test.log:1:1: the regular expression "
                + "has no (?<clock>…) group"));
        assertTrue(problems("(?<event>.*\n\n").contains("test.log:1:1: parser the regular expression does not compile"));
        assertTrue(problems("\n\nx\np {\"p\":1}\ny\nq {\"p\":1,\"q\":1}\nz\nq {\"q\":2}\n")
                .contains("test.log:8:3: the clock's entry for \"p\" went down from 1 to 0"));
    }

    @Test
    void textThatIsNoLogAtAllIsSaidToBeNeitherADiagramNorALogBeforeTheDetails() {
        String notes = problems("Shopping list\nmilk\neggs\n\nremember the meeting at 10\n");
        assertTrue(notes.startsWith("test.log is neither a Spacetime diagram nor a ShiViz log that can be read."), notes);
        assertTrue(notes.contains("\ntest.log:1:1: the regular expression has no (?<host>…) group"), notes);
        String unmatched = problems("(?<event>.*)\\n(?<host>\\S*) (?<clock>\\{.*\\})\n\nplain words\nmore words\n");
        assertTrue(unmatched.startsWith("test.log is neither"), unmatched);
        assertTrue(unmatched.contains("test.log:3:1: the regular expression matches no event here"), unmatched);
    }

    @Test
    void aClockThatTheMessagesFoundCannotGiveIsRefused() {
        // c hears of b, but not of r1, which b had heard of: no message explains c's clock.
        String log = "\n\nr1\nr {\"r\":1}\na\np {\"p\":1,\"r\":1}\nb\np {\"p\":2,\"r\":1}\nc\nq {\"q\":1,\"p\":2}\n";
        assertEquals("test.log:10:3: no set of messages gives this clock: the messages found give [1,2,1] where the "
                + "log says [0,2,1]; a receive's clock is, entry by entry, the greatest of its previous event's and its "
                + "senders'", problems(log));
    }

    @Test
    void hostsWhoseEventIdsWouldCollideStillGetAnEventEach() throws Exception {
        // Host "a" numbers its 12th event "a12"; host "a1" numbers its 2nd event "a1_2"; hosts "p1" and "p1_" both
        // give "p1_2" — the second one seen gets an id of its own.
        StringBuilder log = new StringBuilder("\n\n");
        log.append("x\np1 {\"p1\":1}\ny\np1 {\"p1\":2}\n");
        log.append("z\np1_ {\"p1_\":1}\nw\np1_ {\"p1_\":2}\nv\np1_ {\"p1\":2,\"p1_\":3}\n");
        Diagram d = load(log.toString());
        assertEquals(5, d.eventCount());
        int p1Second = d.findEvent("p1_2");
        assertEquals(0, d.processIndex("p1"));
        assertEquals(0, d.processOf(p1Second));
        int theOther = d.findEvent("p1_2#2");
        assertTrue(theOther >= 0);
        assertEquals(1, d.processOf(theOther));
        assertEquals(p1Second, d.sendersOf(d.findEvent("p1_3"))[0]);
    }

    @Test
    void aBigLogImportsAsASmallOneDoes() throws Exception {
        // Above the size where the events are added on a thread of their own while the clocks are checked.
        var random = dev.spacetime.sim.RandomExecution.generate(
                new dev.spacetime.sim.RandomExecution.Parameters(8, LogDiagram.OWN_THREAD_FROM + 5000, 9000, 0, 7));
        StringBuilder log = new StringBuilder();
        ShivizExport.write(random, log);
        Diagram d = load(log.toString());
        assertEquals(random.eventCount(), d.eventCount());
        // Messages the receiver had already heard of are not in the log's clocks, so only the clocks must agree.
        Analysis a = Analysis.of(random);
        Analysis b = Analysis.of(d);
        for (int e = 0; e < a.eventCount(); e++) {
            int same = b.indexOf(EventIds.of(random.processName(a.graph().process(e)), a.graph().position(e) + 1));
            assertEquals(byName(random, a.vector(e)), byName(d, b.vector(same)));
        }
        String broken = log.toString().replaceFirst("\\{\"P1\":3", "{\"P1\":4");
        assertTrue(problems(broken).contains("each process's own count must run 1, 2, 3"));
    }

    private static java.util.Map<String, Integer> byName(Diagram d, int[] vector) {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (int p = 0; p < vector.length; p++) {
            out.put(d.processName(p), vector[p]);
        }
        return out;
    }

    @Test
    void clocksThatGoRoundInACircleAreRefused() {
        // q1's first event has heard of q2's second, and q2's first of q1's second: each rule holds event by
        // event, yet the messages they imply make a1 happen before itself.
        String circle = "\n\na0\nq1 {\"q1\":1,\"q2\":2}\nb0\nq2 {\"q1\":2,\"q2\":1}\n"
                + "a1\nq1 {\"q1\":2,\"q2\":2}\nb1\nq2 {\"q1\":2,\"q2\":2}\n";
        assertTrue(problems(circle).contains("no execution gives these clocks: by the messages they imply, event"),
                problems(circle));
        // With a third process hearing of both, its two candidates have each heard of the other.
        String heard = circle + "c\nq3 {\"q1\":2,\"q2\":2,\"q3\":1}\n";
        assertTrue(problems(heard).contains("test.log:12:4: no set of messages gives this clock"), problems(heard));
    }
}
