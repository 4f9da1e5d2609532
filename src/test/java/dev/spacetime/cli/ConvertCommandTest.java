package dev.spacetime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.io.DiagramFiles;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.shiviz.ShivizFiles;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.DiagramBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
    @TempDir
    Path dir;


    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void aDiagramBecomesALogAndBackWithTheSameCausality() throws Exception {
        Path log = dir.resolve("figure1.log");
        CliRun r = run("convert", "examples/lamport-figure1.json", log.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(log).startsWith("(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})\n\n"));
        Path back = dir.resolve("back.json");
        assertEquals(0, run("convert", log.toString(), back.toString()).code());
        Analysis before = Analysis.of(DiagramReader.read(Path.of("examples/lamport-figure1.json")));
        Analysis after = Analysis.of(DiagramReader.read(back));
        assertEquals(before.eventCount(), after.eventCount());
        for (int x = 0; x < before.eventCount(); x++) {
            for (int y = 0; y < before.eventCount(); y++) {
                assertEquals(before.happenedBefore(x, y), after.happenedBefore(x, y), "same → for every pair");
            }
        }
    }

    @Test
    void externalMessagesAreLeftOutOfALogAndTheOutputSaysSo() {
        CliRun r = run("convert", "examples/anomalous-telephone.json", dir.resolve("a.log").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 external message left out: vector clocks do not see them"), r.out());
    }

    @Test
    void logToDiagramToLogGivesTheSameBytes() throws Exception {
        for (String example : new String[] {"lamport-figure1.json", "anomalous-telephone.json"}) {
            Path log = dir.resolve("a.log");
            assertEquals(0, run("convert", "examples/" + example, log.toString()).code());
            assertEquals(0, run("convert", log.toString(), dir.resolve("b.json").toString()).code());
            CliRun again = run("convert", dir.resolve("b.json").toString(), dir.resolve("c.log").toString());
            assertEquals(0, again.code(), again.err());
            assertEquals(Files.readString(log), Files.readString(dir.resolve("c.log")), example);
        }
    }

    @Test
    void diagramToLogToDiagramKeepsTheProcessOrderAndSaysWhatALogCannotHold() throws Exception {
        DiagramBuilder b = new DiagramBuilder(4);
        int r = b.addProcess("R");
        b.addProcess("idle one"); // no events: a log cannot name it
        int p = b.addProcess("P");
        b.addEvent(r, "r1", "waits\nfor P", 1);
        b.addEvent(p, "p1", null, 0.5);
        b.addMessage("p1", "r1", "hello", false); // R's first event receives from P, a later process
        Path json = dir.resolve("in.json");
        DiagramFiles.save(b.build(), json);
        Path log = dir.resolve("out.log");
        CliRun r1 = run("convert", json.toString(), log.toString());
        assertEquals(0, r1.code(), r1.err());
        assertEquals("wrote " + log + ": 2 processes, 2 events, 1 messages; a log cannot hold everything:\n"
                + "  1 process with no events left out: a log names only the processes that have events\n"
                + "  2 event ids left out: a log has none; events come back named by process and place (P1, P2, …), "
                + "and an unlabelled event's id becomes its label\n"
                + "  1 message label left out: a log has clocks, not messages\n"
                + "  2 physical times left out: a log keeps only the order of events", r1.out().strip());
        Path back = dir.resolve("back.json");
        assertEquals(0, run("convert", log.toString(), back.toString()).code());
        Diagram d = DiagramReader.read(back);
        assertEquals(2, d.processCount());
        assertEquals("R", d.processName(0), "R still comes first, though its event is written after P's");
        assertEquals("P", d.processName(1));
        assertEquals("waits\nfor P", d.eventLabel(d.eventAt(0, 0)));
        assertEquals("p1", d.eventLabel(d.eventAt(1, 0)));
        assertEquals(1, d.messageCount());
    }

    @Test
    void aDiagramNoLogCanHoldIsRefusedWithASentenceAndNoFile() throws Exception {
        DiagramBuilder b = new DiagramBuilder(4);
        b.addEvent(b.addProcess("P"), "p1", "one\r\ntwo", 1);
        Path json = dir.resolve("in.json");
        DiagramFiles.save(b.build(), json);
        Path log = dir.resolve("out.log");
        CliRun r = run("convert", json.toString(), log.toString());
        assertEquals(1, r.code());
        assertEquals("spacetime: cannot save " + log + ": cannot write a ShiViz log: event \"p1\"'s label holds a "
                + "carriage return (\\r), which a log's reader takes for the end of a line", r.err().strip());
        assertEquals(java.util.List.of(json), Files.list(dir).toList());
    }

    @Test
    void aChosenExecutionOfALogIsConverted() throws Exception {
        Path out = dir.resolve("run2.json");
        CliRun r = run("convert", "--execution", "2", "examples/several-executions.log", out.toString());
        assertEquals(0, r.code(), r.err());
        Diagram d = DiagramReader.read(out);
        assertEquals("several-executions: run 2: the reply is lost", d.title());
        assertEquals(1, d.messageCount());
        assertEquals(2, run("convert", "--execution", "3", "examples/several-executions.log", out.toString()).code());
    }

    @Test
    void aBadLogExitsTwoWithItsLocatedProblems() throws Exception {
        Path bad = dir.resolve("bad.log");
        Files.writeString(bad, "\n\nhello\np {\"p\":2}\n");
        CliRun r = run("convert", bad.toString(), dir.resolve("x.json").toString());
        assertEquals(2, r.code());
        assertEquals("bad.log:4:3: no event of \"p\" counts 1 of its own: the lowest count is this one's, 2; each "
                + "process's own count must run 1, 2, 3, …", r.err().strip());
        assertTrue(Files.notExists(dir.resolve("x.json")));
    }

    @Test
    void skippedTextIsAWarningNotAFailure() throws Exception {
        Path noisy = dir.resolve("noisy.log");
        Files.writeString(noisy, "\n\nhello\np {\"p\":1}\nnot an event\nbye\np {\"p\":2}\n");
        CliRun converted = run("convert", noisy.toString(), dir.resolve("x.json").toString());
        assertEquals(0, converted.code(), converted.err());
        assertEquals(noisy + ": warning: 1 stretch of text the regular expression does not match was skipped, as ShiViz "
                + "skips it:\n" + noisy + ":5:1: \"not an event\"", converted.err().strip());
        assertTrue(converted.out().contains("1 processes, 2 events"), converted.out());
        CliRun checked = run("check", noisy.toString());
        assertEquals(0, checked.code());
        assertEquals(noisy + ": ok\n" + converted.err().strip(), checked.out().strip().replace("\r\n", "\n"));
    }

    @Test
    void theExampleLogsOpenAndCheckAsLogs() throws Exception {
        for (String name : new String[] {"govector-client-server.log", "broadcast.log", "several-executions.log"}) {
            Path file = Path.of("examples", name);
            assertTrue(ShivizFiles.isLog(file));
            assertEquals(0, run("check", file.toString()).code(), name);
        }
        Diagram broadcast = ShivizFiles.importExecution(Path.of("examples", "broadcast.log"), 0);
        assertEquals(3, broadcast.receiversOf(broadcast.findEvent("leader2")).length, "the vote request is one multicast");
        assertEquals(2, ShivizFiles.read(Path.of("examples", "several-executions.log")).executions().size());
    }
}
