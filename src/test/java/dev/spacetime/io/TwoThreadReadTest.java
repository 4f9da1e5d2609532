package dev.spacetime.io;

import static dev.spacetime.io.BothReads.assertSame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.spacetime.model.Diagram;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file read on two threads (the messages array apart) gives the one-thread reader's diagram, and for a
 * file with a problem in either part or at the split, exactly the one-thread reader's error text.
 */
class TwoThreadReadTest {
    private static final String PROCESSES = """
              { "name": "P", "events": [ { "id": "p1", "time": 1 }, { "id": "p2", "time": 2 } ] },
              { "name": "Q", "events": [ { "id": "q1", "time": 3 }, { "id": "q2", "time": 4 } ] }""";
    private static final String MESSAGES = """
              { "from": "p1", "to": "q2", "label": "m" }""";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("d.json");
    }

    private static String diagram(String processes, String messages) {
        return Loading.diagram(processes, messages);
    }

    @Test
    void aValidFileIsReadOnTwoThreads() {
        String text = diagram(PROCESSES, MESSAGES);
        Diagram split = DiagramReader.TWO_THREADS.read(text.getBytes(StandardCharsets.UTF_8), 16);
        assertNotNull(split, "a valid file is read on two threads, not again on one");
        assertEquals(1, split.messageCount());
        assertSame(file(), text);
    }

    @Test
    void messagesBeforeProcessesOrAViewAfterThemAreSplitToo() {
        String before = "{ \"format\": \"spacetime\", \"version\": 1, \"messages\": [" + MESSAGES + "],\n"
                + "\"processes\": [" + PROCESSES + "] }";
        String view = "{ \"format\": \"spacetime\", \"version\": 1, \"processes\": [" + PROCESSES + "],\n"
                + "\"messages\": [" + MESSAGES + "], \"view\": { \"x\": [\"]\\\\\", \"\\\"messages\\\": [\"], "
                + "\"y\": {} } }";
        for (String text : new String[] {before, view}) {
            assertNotNull(DiagramReader.TWO_THREADS.read(text.getBytes(StandardCharsets.UTF_8), 16), text);
            assertEquals(1, assertSame(file(), text).diagram().messageCount());
        }
    }

    @Test
    void problemsAmongTheEventsAreTheOneThreadReadersOwn() {
        assertSame(file(), diagram(PROCESSES.replace("\"q1\"", "\"p1\""), MESSAGES));
        assertSame(file(), diagram(PROCESSES.replace("\"time\": 3", "\"time\": \"3\""), MESSAGES));
        assertSame(file(), diagram(PROCESSES.replace("\"time\": 4", "\"time\": 0"), MESSAGES));
        assertSame(file(), diagram(PROCESSES.replace("] },\n", "] }\n"), MESSAGES)); // broken JSON
    }

    @Test
    void problemsAmongTheMessagesAreTheOneThreadReadersOwn() {
        assertSame(file(), diagram(PROCESSES, MESSAGES.replace("\"q2\"", "\"q9\"")));
        assertSame(file(), diagram(PROCESSES, MESSAGES.replace(", \"to\": \"q2\"", "")));
        assertSame(file(), diagram(PROCESSES, MESSAGES + ",\n" + MESSAGES));
        assertSame(file(), diagram(PROCESSES, MESSAGES + ",\n { \"from\": \"q2\", \"to\": \"p2\" }")); // a cycle
        assertSame(file(), diagram(PROCESSES, MESSAGES.replace("}", "")));
        assertSame(file(), diagram(PROCESSES, MESSAGES + ", 7, \"x\", [[[]]]"));
    }

    @Test
    void problemsAtTheSplitAreTheOneThreadReadersOwn() {
        String text = diagram(PROCESSES, MESSAGES);
        assertSame(file(), text.replace("\"messages\"", "\"mesages\""));
        assertSame(file(), text.replace("\"messages\": [", "\"messages\": "));
        assertSame(file(), text.replace("\"messages\": [", "\"messages\" ["));
        assertSame(file(), text.replace("\n  ]\n}", "\n  \n}"));
        assertSame(file(), text.replace("\n  ]\n}", "\n  ]\n"));
        assertSame(file(), text.replace("\n  ]\n}", "\n  ]\n}}"));
        assertSame(file(), text.replace("\n}\n", ",\n  \"messages\": []\n}\n")); // a second "messages"
        assertSame(file(), text.replace("\"messages\": [", "\"messages\": {").replace("\n  ]\n}", "\n  }\n}"));
        assertSame(file(), text.replace("\"messages\": [", "\"messages\": [\u0000"));
        assertSame(file(), text.replace("\"format\"", "\"title\": \"\\\"messages\\\": [\", \"format\""));
    }

    @Test
    void nestingTooDeepInTheMessagesIsRefusedAsOnOneThread() {
        // The whole file may nest 64 levels; the messages array read alone starts one level up.
        for (int depth = 60; depth <= 64; depth++) {
            String deep = "[".repeat(depth) + "]".repeat(depth);
            assertSame(file(), diagram(PROCESSES, deep));
        }
    }

    @Test
    void aFileWithoutTheLayoutExpectedIsReadOnOneThread() {
        assertNull(DiagramReader.TWO_THREADS.read("{}".getBytes(StandardCharsets.UTF_8), 16));
        assertNull(DiagramReader.TWO_THREADS.read(new byte[0], 16));
        assertNull(DiagramReader.TWO_THREADS.read("\"]\"".getBytes(StandardCharsets.UTF_8), 16));
        assertSame(file(), "{ \"format\": \"spacetime\", \"version\": 1, \"processes\": [] }");
        assertSame(file(), "");
        assertSame(file(), "]\"}");
    }

    @Test
    void aByteOrderMarkIsReadAsOnOneThread() {
        byte[] text = diagram(PROCESSES, MESSAGES).getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[text.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(text, 0, marked, 3, text.length);
        assertSame(file(), marked);
        assertSame(file(), diagram(PROCESSES, MESSAGES).getBytes(StandardCharsets.UTF_16));
    }
}
