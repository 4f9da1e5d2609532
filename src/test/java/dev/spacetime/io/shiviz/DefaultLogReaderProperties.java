package dev.spacetime.io.shiviz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.LoadProblem;
import dev.spacetime.model.Diagram;
import dev.spacetime.testing.RandomDiagrams;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reader that takes default-expression logs straight from their bytes reads exactly what the
 * expression reads: the same diagram from every valid log, and the same located problems (or the same
 * diagram and skipped text) from logs with a line broken; and so it does when it reads the clocks in
 * two halves on two threads.
 */
class DefaultLogReaderProperties {
    @Provide
    Arbitrary<Diagram> diagrams() {
        return RandomDiagrams.general().filter(d -> {
            for (int p = 0; p < d.processCount(); p++) {
                if (d.processName(p).chars().anyMatch(Character::isWhitespace)) {
                    return false; // such hosts need another expression, which this reader does not take
                }
            }
            return true;
        });
    }

    @Property(tries = 200)
    void validLogsGiveTheSameDiagram(@ForAll("diagrams") Diagram original) throws Exception {
        String log = ShivizExport.toLog(original);
        assertTrue(DefaultLogReader.takes(bytes(log)), "an exported log uses the default expression");
        String expected = outcome(byExpression(log));
        assertEquals(expected, outcome(byBytes(log, false)));
        assertEquals(expected, outcome(byBytes(log, true)));
    }

    @Provide
    Arbitrary<String> brokenLogs() {
        Arbitrary<String> logs = diagrams().map(ShivizExport::toLog);
        return Combinators.combine(logs, Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 5),
                Arbitraries.of("", "x", "}", "{", "\"", ":", " ", "0", "-1", "1.5", "\\\"", "zz {\"zz\":1}", "\n",
                        ",", ", ", "}}", ",}", "18446744073709551617", "\"zz\":0,", "\"zz\":1,\"zz\":0,",
                        "\"zz\":0,\"zz\":2,", "\\d", "\u0007"))
                .as(DefaultLogReaderProperties::broken);
    }

    /** The log with one line changed: a piece cut out of it or put into it. */
    private static String broken(String log, int where, int how, String piece) {
        String[] lines = log.split("\n", -1);
        int k = 2 + where % Math.max(1, lines.length - 2);
        if (k >= lines.length) {
            return log;
        }
        String line = lines[k];
        int at = line.isEmpty() ? 0 : where % line.length();
        lines[k] = switch (how) {
            case 0 -> line.substring(0, at) + piece + line.substring(at);
            case 1 -> line.substring(0, at) + piece + line.substring(Math.min(line.length(), at + 1));
            case 2 -> piece;
            case 3 -> line + piece;
            case 4 -> line.substring(0, at);
            default -> "";
        };
        return String.join("\n", lines);
    }

    @Property(tries = 400)
    void brokenLogsGiveTheSameProblems(@ForAll("brokenLogs") String log) {
        String expected = outcome(byExpression(log));
        assertEquals(expected, outcome(byBytes(log, false)), log);
        assertEquals(expected, outcome(byBytes(log, true)), log);
    }

    /** Malformed clocks: both readers read them by one set of rules, JSON.parse's. */
    @Example
    void malformedClocksReadAlike() {
        String[] clocks = {"{\"leader\":1,}", "{\"leader\":1, \"leader\":0}", "{\"leader\":0, \"leader\":1}",
            "{\"leader\":1}}", "{\"leader\":18446744073709551617}", "{\"leader\":1,\"leader\":1}", "{\"leader\":1} x}",
            "{\"lea\\der\":1}", "{\"leader\":01}", "{\"leader\":1, \"f\":0}"};
        for (String clock : clocks) {
            String log = "\n\ne0\nleader {\"leader\":1}\ne1\nleader " + clock.replace("1", "2").replace("222", "1")
                    .replace("18446744073709551627", "18446744073709551617") + "\n";
            String expected = outcome(byExpression(log));
            assertEquals(expected, outcome(byBytes(log, false)), log);
            assertEquals(expected, outcome(byBytes(log, true)), log);
        }
    }

    @Example
    void aClockIsExactlyOneObject() {
        String trailing = outcome(byBytes("\n\ne\nleader {\"leader\":1}}\n", false));
        assertTrue(trailing.contains("a.log:4:8: the clock is not a JSON object: not valid JSON: there is more text"),
                trailing);
        String comma = outcome(byBytes("\n\ne\nleader {\"leader\":1,}\n", false));
        assertTrue(comma.startsWith("a.log:4:8: the clock is not a JSON object"), comma);
        String huge = outcome(byBytes("\n\ne\nleader {\"leader\":18446744073709551617}\n", false));
        assertTrue(huge.contains("must be a whole number from 0 to 2147483647"), huge);
        String twice = outcome(byBytes("\n\ne\nleader {\"leader\":1, \"leader\":0}\n", false));
        assertTrue(twice.contains("must count \"leader\" itself"), twice); // the last count, 0, is taken
        String escape = outcome(byBytes("\n\ne\nleader {\"le\\dader\":1}\n", false));
        assertTrue(escape.contains("\\d is no escape") && !escape.contains("code 100"), escape);
    }

    @Example
    void namesNewToTheSecondHalfAreNumberedAsIfReadInOneGo() {
        // With chunks of four rows, events 5 to 8 are read on the second thread, which meets "g2" first,
        // then "g1", which the first half met already: the problems must come in the same order anyway.
        StringBuilder log = new StringBuilder("\n\n");
        for (int i = 1; i <= 8; i++) {
            String extra = i == 2 ? ",\"g1\":1" : i == 7 ? ",\"g2\":1,\"g1\":1" : "";
            log.append("e").append(i).append("\np {\"p\":").append(i).append(extra).append("}\n");
        }
        String expected = outcome(byExpression(log.toString()));
        int g1 = expected.indexOf("a.log:16:3: the clock names process \"g1\"");
        int g2 = expected.indexOf("a.log:16:3: the clock names process \"g2\"");
        assertTrue(g1 >= 0 && g2 > g1, expected);
        assertEquals(expected, outcome(byBytes(log.toString(), false)));
        assertEquals(expected, outcome(byBytes(log.toString(), true)));
    }

    @Example
    void faultsInOneClockAreSaidInTheSameOrderHoweverNamesAreNumbered() {
        // The byte reader numbers hosts before names seen only in clocks; the expression reader numbers
        // them as it meets them. The faults of one clock must come out alike.
        String log = "\n\ne1\na {\"a\":1,\"x\":5,\"b\":7}\ne2\nb {\"b\":1}\n";
        String expected = outcome(byExpression(log));
        assertTrue(expected.indexOf("\"b\", which has only 1") < expected.indexOf("names process \"x\""), expected);
        assertEquals(expected, outcome(byBytes(log, false)));
        assertEquals(expected, outcome(byBytes(log, true)));
    }

    @Example
    void aLogFullOfBadClocksGivesAtMostAHundredProblems() {
        StringBuilder log = new StringBuilder("\n\n");
        for (int i = 1; i <= 500; i++) {
            log.append("e").append(i).append("\np {\"p\":").append(i).append(",\"q\":}\n");
        }
        String byBytes = outcome(byBytes(log.toString(), true));
        // A hundred problems, then a line saying there may be more.
        assertEquals(ShivizLog.MAX_PROBLEMS + 1, byBytes.lines().count(), byBytes.lines().limit(3).toList().toString());
        assertEquals(outcome(byExpression(log.toString())), byBytes);
    }

    @Example
    void aLogBigEnoughForTwoThreadsReadsAsInOneGo() {
        // 64 processes and 50,000 events: the clocks are read in two halves, split at a real chunk's end.
        var random = dev.spacetime.sim.RandomExecution.generate(
                new dev.spacetime.sim.RandomExecution.Parameters(64, DefaultLogReader.TWO_THREADS_FROM, 20_000, 0, 11));
        ByteBuffer log = bytes(ShivizExport.toLog(random));
        List<LoadProblem> none = new ArrayList<>();
        RawExecution halves = DefaultLogReader.read(log, none);
        RawExecution whole = DefaultLogReader.read(log, none, 0, Integer.MAX_VALUE);
        assertTrue(none.isEmpty(), none.toString());
        assertEquals(outcome(imported(whole)), outcome(imported(halves)));
        assertEquals(random.eventCount(), halves.size());
    }

    private static Object imported(RawExecution events) {
        try {
            return ShivizImport.toDiagram("a.log", new LogExecution("Execution 1", events));
        } catch (DiagramLoadException e) {
            return e.getMessage();
        }
    }

    /** The diagram as JSON text, or the problems reported. */
    private static String outcome(Object result) {
        return result instanceof Diagram d ? dev.spacetime.io.DiagramWriter.toString(d) : String.valueOf(result);
    }

    private static Object byExpression(String log) {
        try {
            LogExecution execution = ShivizLog.parse("a.log", log).executions().get(0);
            return withSkipped(ShivizImport.toDiagram("a.log", execution), execution.events());
        } catch (DiagramLoadException e) {
            return e.getMessage();
        }
    }

    /** The diagram's JSON and what was skipped on the way: both readers must skip the same text. */
    private static String withSkipped(Diagram d, RawExecution events) {
        return outcome(d) + (events.skipped().isEmpty() ? "" : "\n" + events.skipped().warning("a.log"));
    }

    /** Read from the bytes; on two threads, in chunks of four rows, when {@code twoThreads}. */
    private static Object byBytes(String log, boolean twoThreads) {
        List<LoadProblem> problems = new ArrayList<>();
        RawExecution events = twoThreads ? DefaultLogReader.read(bytes(log), problems, 4, 0)
                : DefaultLogReader.read(bytes(log), problems);
        try {
            if (!problems.isEmpty()) {
                throw new DiagramLoadException("a.log", problems);
            }
            return withSkipped(ShivizImport.toDiagram("a.log", new LogExecution("Execution 1", events)), events);
        } catch (DiagramLoadException e) {
            return e.getMessage();
        }
    }

    private static ByteBuffer bytes(String log) {
        return ByteBuffer.wrap(log.getBytes(StandardCharsets.UTF_8));
    }
}
