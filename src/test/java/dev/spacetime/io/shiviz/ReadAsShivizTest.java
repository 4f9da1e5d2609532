package dev.spacetime.io.shiviz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.DiagramWriter;
import dev.spacetime.io.LoadProblem;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.Rules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logs read as ShiViz's own parser and model read them (its parser.js and modelGraph.js): text the
 * expression does not match skipped, each process's events ordered by their own clock entry, several
 * messages into one event, and duplicate execution names refused. Every log is read both by the byte
 * reader (the default expression) and by the expression reader, which must agree.
 */
class ReadAsShivizTest {
    private static final Path LOGS = Path.of("src", "test", "resources", "shiviz");

    @TempDir
    static Path dir;

    /** What a reader made of a log: the diagram (or the problems) and the warning about skipped text. */
    private record Outcome(Diagram diagram, String text, String warning, LogExecution execution) {
    }

    private static Outcome byBytes(String name, String log) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, log, StandardCharsets.UTF_8);
        assertTrue(DefaultLogReader.takes(java.nio.ByteBuffer.wrap(log.getBytes(StandardCharsets.UTF_8))),
                "the test means the byte reader to read " + name);
        try {
            return outcome(name, ShivizFiles.read(file));
        } catch (DiagramLoadException e) {
            return new Outcome(null, e.getMessage(), null, null);
        }
    }

    private static Outcome byExpression(String name, String log) {
        try {
            return outcome(name, ShivizLog.parse(name, log));
        } catch (DiagramLoadException e) {
            return new Outcome(null, e.getMessage(), null, null);
        }
    }

    private static Outcome outcome(String name, ShivizLog log) {
        LogExecution execution = log.executions().get(0);
        SkippedText skipped = execution.skipped();
        String warning = skipped.isEmpty() ? null : skipped.warning(name);
        try {
            Diagram d = ShivizImport.toDiagram(name, execution);
            return new Outcome(d, DiagramWriter.toString(d), warning, execution);
        } catch (DiagramLoadException e) {
            return new Outcome(null, e.getMessage(), warning, execution);
        }
    }

    /** Reads a log both ways, checks that they agree, and gives the expression reader's outcome. */
    private static Outcome read(String name, String log) throws Exception {
        Outcome bytes = byBytes(name, log);
        Outcome expression = byExpression(name, log);
        assertEquals(expression.text(), bytes.text(), "both readers make the same of " + name);
        assertEquals(expression.warning(), bytes.warning(), "both readers skip the same text of " + name);
        return expression;
    }

    private static Outcome readResource(String name) throws Exception {
        return read(name, Files.readString(LOGS.resolve(name)));
    }

    /** The diagram's vector clock of every event is the clock the log gives it: the diagram is the log's execution. */
    private static void assertClocksAreTheLogs(Outcome o) {
        assertTrue(o.diagram() != null, o.text());
        Diagram d = o.diagram();
        Analysis a = Analysis.of(d);
        for (int k = 0; k < o.execution().size(); k++) {
            String host = o.execution().host(k);
            Map<String, Integer> logged = o.execution().clock(k);
            int e = a.indexOf(EventIds.of(host, logged.get(host)));
            Map<String, Integer> drawn = new HashMap<>();
            int[] v = a.vector(e);
            for (int p = 0; p < v.length; p++) {
                if (v[p] > 0) {
                    drawn.put(d.processName(p), v[p]);
                }
            }
            assertEquals(logged, drawn, "event " + a.id(e));
        }
    }

    @Test
    void textTheExpressionDoesNotMatchIsSkippedAndCounted() throws Exception {
        Outcome o = readResource("unmatched-text.log");
        assertClocksAreTheLogs(o);
        assertEquals(2, o.diagram().messageCount());
        SkippedText skipped = o.execution().skipped();
        // The header (two lines, one stretch), a stray "." and a state dump; the blank lines are not counted.
        assertEquals(3, skipped.stretches());
        assertEquals(List.of(3, 10, 17), skipped.first().stream().map(LoadProblem::line).toList());
        assertTrue(o.warning().startsWith("unmatched-text.log: warning: 3 stretches of text"), o.warning());
        assertTrue(o.warning().contains("\nunmatched-text.log:10:1: \".\""), o.warning());
        assertTrue(skipped.summary().contains("the first at line 3"), skipped.summary());
    }

    @Test
    void blankLinesBetweenRecordsAreNoWarning() throws Exception {
        String spaced = ShivizImportTest.CLIENT_SERVER.replace("Sending", "\n\n  \nSending");
        Outcome o = read("spaced.log", spaced);
        assertClocksAreTheLogs(o);
        assertEquals(null, o.warning());
    }

    @Test
    void aLogTheExpressionMatchesNowhereIsStillRefused() throws Exception {
        Outcome o = read("words.log", "\n\nplain words\nmore words\n");
        assertEquals(null, o.diagram());
        assertTrue(o.text().startsWith("words.log:3:1: the regular expression matches no event"), o.text());
        // So is one execution of several that holds nothing but unmatched text, as in ShiViz.
        String two = "\n=== (?<trace>.*) ===\n=== one ===\na\np {\"p\":1}\n=== two ===\njust words\n";
        String refused = byExpression("two.log", two).text();
        assertTrue(refused.contains("two.log:7:1: the regular expression matches no event"), refused);
    }

    @Test
    void aFailureAlsoSaysWhatWasSkipped() throws Exception {
        // A record whose host line has a typo is skipped, and the counts after it then look wrong.
        String typo = ShivizImportTest.CLIENT_SERVER.replace("client {\"client\":2}", "client{\"client\":2}");
        Outcome o = read("typo.log", typo);
        assertEquals(null, o.diagram());
        assertTrue(o.text().contains("1 stretch of text the regular expression does not match was skipped, the first "
                + "at line 5: \"Sending request\""), o.text());
    }

    @Test
    void eachProcessIsOrderedByItsOwnClockEntryNotByItsLines() throws Exception {
        Outcome shuffled = readResource("out-of-order.log");
        assertClocksAreTheLogs(shuffled);
        Outcome inOrder = read("in-order.log", ShivizImportTest.CLIENT_SERVER);
        assertEquals(inOrder.text(), shuffled.text(), "the same execution, however its lines are ordered");
        Diagram d = shuffled.diagram();
        assertEquals("Initializing server", d.eventLabel(d.eventAt(d.processIndex("server"), 0)));
    }

    @Test
    void ownCountsThatDoNotRunOneTwoThreeAreRefusedWithTheirPlace() throws Exception {
        String repeated = read("r.log", "\n\nx\np {\"p\":1}\ny\np {\"p\":2}\nz\np {\"p\":1}\n").text();
        assertTrue(repeated.startsWith("r.log:8:3: this clock counts 1 events of \"p\" itself, as does the clock at "
                + "line 4; each process's own count must run 1, 2, 3"), repeated);
        String gap = read("g.log", "\n\nx\np {\"p\":3}\ny\np {\"p\":1}\n").text();
        assertTrue(gap.startsWith("g.log:4:3: no event of \"p\" counts 2 of its own: after 1 comes this one's 3"), gap);
        String late = read("s.log", "\n\nx\np {\"p\":3}\ny\np {\"p\":2}\n").text();
        assertTrue(late.startsWith("s.log:6:3: no event of \"p\" counts 1 of its own: the lowest count is this one's, 2"),
                late);
    }

    @Test
    void twoExecutionsOfOneNameAreRefusedAsShivizRefusesThem() {
        String twice = "\n=== (?<trace>.*) ===\n=== run ===\na\np {\"p\":1}\n=== run ===\nb\nq {\"q\":1}\n";
        String refused = byExpression("twice.log", twice).text();
        assertTrue(refused.startsWith("twice.log:6:5: another execution, at line 3, is also called \"run\""), refused);
        // An execution with nothing in it is passed over, as ShiViz passes over it, and so is its name.
        String empty = "\n=== (?<trace>.*) ===\n=== run ===\n\n=== run ===\nb\nq {\"q\":1}\n";
        Outcome o = byExpression("empty.log", empty);
        assertTrue(o.diagram() != null, o.text());
    }

    @Test
    void aReceiveFromThreeProcessesGetsThreeMessages() throws Exception {
        Outcome o = readResource("receive-from-three.log");
        assertClocksAreTheLogs(o);
        Diagram d = o.diagram();
        assertEquals(3, d.messageCount());
        assertEquals(List.of(), Rules.check(d));
        Analysis a = Analysis.of(d);
        int d1 = a.indexOf("d1");
        for (String sender : List.of("a1", "b1", "c1")) {
            assertTrue(a.happenedBefore(a.indexOf(sender), d1), sender + " → d1");
        }
        assertTrue(a.concurrent(a.indexOf("a1"), a.indexOf("b1")));
    }

    @Test
    void aReceiveThatSendsKeepsBothMessages() throws Exception {
        Outcome o = readResource("receive-that-sends.log");
        assertClocksAreTheLogs(o);
        Diagram d = o.diagram();
        assertEquals(2, d.messageCount());
        assertEquals(List.of(), Rules.check(d));
        Analysis a = Analysis.of(d);
        assertTrue(a.happenedBefore(a.indexOf("a1"), a.indexOf("b1")));
        assertTrue(a.happenedBefore(a.indexOf("b1"), a.indexOf("c1")));
    }

    @Test
    void aRoundTripGoesThroughOneEvent() throws Exception {
        Outcome o = readResource("round-trip.log");
        assertClocksAreTheLogs(o);
        Diagram d = o.diagram();
        assertEquals(2, d.messageCount());
        assertEquals(List.of(), Rules.check(d));
        Analysis a = Analysis.of(d);
        assertTrue(a.happenedBefore(a.indexOf("a1"), a.indexOf("b1")));
        assertTrue(a.happenedBefore(a.indexOf("b1"), a.indexOf("a2")));
        assertFalse(a.happenedBefore(a.indexOf("a2"), a.indexOf("b1")));
    }

    @Test
    void aClockThatSeveralSendersTogetherDoNotGiveIsRefused() throws Exception {
        // d1 hears directly of b1 and c1; b1 knew of a2, yet d1's clock counts only a1: IR2 gives a greater clock.
        String log = "\n\nx\na {\"a\":1}\ny\na {\"a\":2}\nz\nb {\"b\":1,\"a\":2}\nw\nc {\"c\":1}\n"
                + "v\nd {\"d\":1,\"a\":1,\"b\":1,\"c\":1}\n";
        assertEquals("several.log:12:3: no set of messages gives this clock: the messages found give [2,1,1,1] where "
                + "the log says [1,1,1,1]; a receive's clock is, entry by entry, the greatest of its previous event's and its "
                + "senders'", read("several.log", log).text());
    }
}
