package dev.spacetime.io.shiviz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.io.DiagramLoadException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A log's regular expressions are the user's: they may backtrack for ever, recurse, or name groups they lack. */
class HostileExpressionTest {
    private static final String BACKTRACKS = "(?<event>((a+)+)+$)(?<host>x)(?<clock>y)";

    private static String refusal(String log) {
        DiagramLoadException e = assertThrows(DiagramLoadException.class, () -> ShivizLog.parse("a.log", log));
        return e.getMessage();
    }

    @Test
    void anExpressionThatBacktracksForEverIsStoppedAndNamed() {
        String log = BACKTRACKS + "\n\nfirst\n" + "a".repeat(40) + "!\n";
        String message = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusal(log));
        assertTrue(message.startsWith("a.log:1:1: the regular expression \"(?<event>((a+)+)+$)"), message);
        assertTrue(message.contains("took too long matching line 4"), message);
    }

    @Test
    void aDelimiterThatBacktracksForEverIsStoppedToo() {
        String log = "\n((a+)+)+$\nfirst\n" + "a".repeat(40) + "!\n";
        String message = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusal(log));
        assertTrue(message.startsWith("a.log:2:1: the delimiter expression \"((a+)+)+$\" took too long matching line 4"),
                message);
    }

    @Test
    void aSmallBudgetStopsSoonerWithTheSameSentence() throws Exception {
        String log = BACKTRACKS + "\n\n" + "a".repeat(40) + "!\n";
        DiagramLoadException e = assertThrows(DiagramLoadException.class,
                () -> ShivizLog.parse("a.log", log, t -> BoundedText.of(t, 1_000_000, 1_000_000_000L)));
        assertTrue(e.getMessage().contains("took too long matching line 3"), e.getMessage());
    }

    @Test
    void interruptingTheReadingThreadStopsTheMatching() throws Exception {
        String log = BACKTRACKS + "\n\n" + "a".repeat(60) + "!\n";
        AtomicReference<String> outcome = new AtomicReference<>();
        Thread reading = new Thread(() -> {
            try {
                ShivizLog.parse("a.log", log, t -> BoundedText.of(t, Long.MAX_VALUE, Long.MAX_VALUE / 2));
                outcome.set("read");
            } catch (DiagramLoadException e) {
                outcome.set(e.getMessage());
            }
        });
        reading.start();
        Thread.sleep(200);
        long asked = System.nanoTime();
        reading.interrupt();
        reading.join(5_000);
        assertTrue(!reading.isAlive(), "still matching 5 s after the interrupt");
        assertTrue(System.nanoTime() - asked < 2_000_000_000L);
        assertEquals("a.log: reading the log was cancelled", outcome.get());
    }

    @Test
    void anExpressionThatRecursesPastTheStackIsRefused() {
        String log = "(?<event>(a|b)*)\\n(?<host>\\S*) (?<clock>{.*})\n\n" + "ab".repeat(200_000) + "\nx {\"x\":1}\n";
        String message = refusal(log);
        assertTrue(message.startsWith("a.log:1:1: the regular expression") && message.contains("nests too deeply"),
                message);
    }

    @Test
    void aGroupNameThatIsNoGroupIsAProblemNotAnException() {
        // "(?<host>" escaped is text, not a group; asking the matcher for it used to throw.
        String escaped = refusal("(?<event>.*)\\n\\(?<host>\\S*\\) (?<clock>{.*})\n\ne\nh {\"h\":1}\n");
        assertTrue(escaped.contains("a.log:1:1: the regular expression has no (?<host>…) group"), escaped);
        String inClass = refusal("(?<event>.*)\\n[(?<host>]\\S* (?<clock>{.*})\n\ne\nh {\"h\":1}\n");
        assertTrue(inClass.contains("no (?<host>…) group"), inClass);
    }

    @Test
    void aReferenceToAMissingGroupIsAProblem() {
        String message = refusal("(?<event>.*)\\n\\k<host> (?<clock>{.*})\n\ne\nh {\"h\":1}\n");
        assertTrue(message.contains("a.log:1:1: parser the regular expression does not compile"), message);
        String delimiter = refusal("\n\\k<trace>\ne\nh {\"h\":1}\n");
        assertTrue(delimiter.contains("a.log:2:1: delimiter the regular expression does not compile"), delimiter);
    }
}
