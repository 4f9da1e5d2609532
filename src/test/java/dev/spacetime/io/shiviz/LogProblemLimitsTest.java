package dev.spacetime.io.shiviz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.LoadProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a bad log prints is bounded: a hundred problems, then a count; no message quotes a huge line or a raw control character. */
class LogProblemLimitsTest {
    private static String refusal(String log) {
        return assertThrows(DiagramLoadException.class, () -> {
            LogExecution first = ShivizLog.parse("a.log", log).executions().get(0);
            ShivizImport.toDiagram("a.log", first);
        }).getMessage();
    }

    @Test
    void hugeLinesAreQuotedShortAndProblemsStopAtAHundred() {
        StringBuilder log = new StringBuilder("\n\n");
        String huge = "x".repeat(100_000);
        for (int i = 0; i < 300; i++) {
            log.append(huge).append(i).append("\n {\"\":1}\n"); // an event that names no host
        }
        String message = refusal(log.toString());
        assertTrue(message.length() < 20_000, "printed " + message.length() + " characters");
        List<String> lines = message.lines().toList();
        assertEquals(101, lines.size(), lines.get(0));
        assertTrue(lines.get(100).startsWith("a.log: … and perhaps more"), lines.get(100));
    }

    @Test
    void aClockNamingManyProcessesOnOneLineGivesAHundredProblems() {
        StringBuilder clock = new StringBuilder("{\"p\":1");
        for (int i = 0; i < 20_000; i++) {
            clock.append(",\"x").append(i).append("\":1");
        }
        String message = refusal("\n\ne\np " + clock + "}\n");
        assertEquals(101, message.lines().count());
    }

    @Test
    void controlCharactersInQuotedTextAreEscaped() {
        String message = refusal("\n\nbell\u0007ring\n {\"\":1}\n");
        assertTrue(message.contains("\"bell\\u0007ring\""), message);
        assertTrue(message.chars().noneMatch(c -> c < 0x20 && c != '\n'), message);
    }

    @Test
    void theExceptionItselfKeepsAHundredAndCountsTheRest() {
        List<LoadProblem> many = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            many.add(new LoadProblem(i, 1, "y".repeat(5_000)));
        }
        DiagramLoadException e = new DiagramLoadException("a.log", many);
        assertEquals(101, e.problems().size());
        assertEquals("… and 150 more problems not listed", e.problems().get(100).message());
        assertTrue(e.getMessage().length() < 110_000);
    }

    @Test
    void aProcessNameWithHalfASurrogatePairIsRefused() {
        String message = refusal("\n\ne\np {\"p\":1,\"\\ud800\":1}\n");
        assertTrue(message.contains("a.log:4:3: the clock names a process with \\ud800, half of a character"), message);
    }

    @Test
    void aHostThatIsANoBreakSpaceNamesNoHost() {
        String message = refusal("\n\ne\n\u00a0 {\"\u00a0\":1}\n");
        assertTrue(message.contains("names no host"), message);
    }

    @Test
    void clockErrorsAreWordedWithoutTheParsersNames() {
        String deep = refusal("\n\ne\np {\"p\":" + "[".repeat(1_001) + "}\n");
        assertTrue(deep.contains("a.log:4:3: the clock is not a JSON object: nested more than 1000 levels deep"), deep);
        String cut = refusal("(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*)\n\ne\np {\"p\":1\n");
        assertTrue(cut.contains("a.log:4:3: the clock is not a JSON object: it ends too early, inside an object"), cut);
        for (String message : new String[] {deep, cut}) {
            assertTrue(!message.contains("Source") && !message.contains("StreamRead") && !message.contains("code "),
                    message);
        }
    }
}
