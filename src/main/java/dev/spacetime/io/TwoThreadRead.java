package dev.spacetime.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.spacetime.io.DiagramAssembler.MessageEntry;
import dev.spacetime.model.Diagram;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Reads a big diagram file on two cores: the top-level "messages" array on a thread of its own, while
 * the calling thread reads the rest with an empty array in its place; the messages are then added in
 * their order. It reads valid files only: at any problem, or a file laid out otherwise, it gives up and
 * the caller reads the file on one thread, so every error message is the one-thread reader's own.
 */
final class TwoThreadRead {
    private static final byte[] EMPTY_ARRAY = "[]".getBytes(StandardCharsets.US_ASCII);

    private final JsonFactory json;
    private final JsonFactory messagesJson;

    /**
     * {@code messagesJson} reads the messages array alone, one level shallower than in the file: it
     * must allow one level less nesting than {@code json}, so that no file passes here that fails whole.
     */
    TwoThreadRead(JsonFactory json, JsonFactory messagesJson) {
        this.json = json;
        this.messagesJson = messagesJson;
    }

    /** The diagram in {@code bytes} (UTF-8), or null when it has a problem or cannot be read in two parts. */
    Diagram read(byte[] bytes, int expectedEvents) {
        MessagesSpan span = MessagesSpan.find(bytes);
        if (span == null || hasZeroByte(bytes, 0) || hasZeroByte(bytes, span.start())) {
            return null; // a zero byte near a start could make Jackson take the bytes for UTF-16 or UTF-32
        }
        ProblemLog log = new ProblemLog();
        DiagramAssembler assembler = new DiagramAssembler(expectedEvents, log);
        MessagesPart messages = new MessagesPart(bytes, span, assembler);
        Thread thread = new Thread(messages, "messages reader");
        thread.setDaemon(true);
        thread.start();
        boolean read = false;
        try (JsonParser parser = json.createParser(withoutMessages(bytes, span))) {
            DiagramParser reader = new DiagramParser(parser, log, assembler);
            // The empty array read must be the file's own top-level "messages", not a guess's.
            read = reader.read() && reader.messagesOffset() == span.start() && log.isEmpty();
        } catch (IOException e) {
            read = false;
        } finally {
            messages.eventsRead(read); // whatever happened, the other thread must not wait for ever
        }
        List<MessageEntry> entries = messages.awaitParsed();
        if (!read || entries == null) {
            messages.await(thread);
            return null;
        }
        // Both threads look up the ends, a half each: a million ids make these lookups slow.
        int half = entries.size() / 2;
        messages.lookUp(0, half);
        if (!messages.await(thread)) {
            return null;
        }
        for (int k = 0; k < entries.size(); k++) {
            assembler.message(entries.get(k), messages.sends[k], messages.receives[k]);
        }
        Diagram diagram = assembler.finish();
        return log.isEmpty() ? diagram : null;
    }

    /** The file with "[]" in place of the messages array: the same bytes up to it, so its offset can be checked. */
    private static InputStream withoutMessages(byte[] bytes, MessagesSpan span) {
        return new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(bytes, 0, span.start()),
                new ByteArrayInputStream(EMPTY_ARRAY),
                new ByteArrayInputStream(bytes, span.end(), bytes.length - span.end()))));
    }

    private static boolean hasZeroByte(byte[] bytes, int from) {
        for (int k = from; k < Math.min(bytes.length, from + 4); k++) {
            if (bytes[k] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the messages array on its own thread, then, once the other thread has read the events, looks
     * up the ends of the later half. Entries are placed within the array, and never shown.
     */
    private final class MessagesPart implements Runnable {
        private final byte[] bytes;
        private final MessagesSpan span;
        private final DiagramAssembler assembler;
        private final CountDownLatch parsed = new CountDownLatch(1);
        private final CountDownLatch eventsIn = new CountDownLatch(1);
        private volatile boolean eventsRead;
        private List<MessageEntry> entries; // null until read, and when the array has a problem
        private int[] sends;
        private int[] receives;

        MessagesPart(byte[] bytes, MessagesSpan span, DiagramAssembler assembler) {
            this.bytes = bytes;
            this.span = span;
            this.assembler = assembler;
        }

        @Override
        public void run() {
            try {
                entries = parse();
                if (entries != null) {
                    sends = new int[entries.size()];
                    receives = new int[entries.size()];
                }
            } finally {
                parsed.countDown();
            }
            if (entries != null && awaitEvents()) {
                lookUp(entries.size() / 2, entries.size());
            }
        }

        private List<MessageEntry> parse() {
            List<MessageEntry> read = new ArrayList<>();
            ProblemLog log = new ProblemLog();
            try (JsonParser parser = messagesJson.createParser(bytes, span.start(), span.end() - span.start())) {
                boolean whole = DiagramParser.readMessageArray(parser, log, read::add);
                return whole && log.isEmpty() ? read : null;
            } catch (IOException | RuntimeException e) {
                return null; // read again on one thread, which reports it
            }
        }

        void lookUp(int from, int to) {
            for (int k = from; k < to; k++) {
                MessageEntry m = entries.get(k);
                sends[k] = assembler.eventHandle(m.from());
                receives[k] = assembler.eventHandle(m.to());
            }
        }

        /** Called by the other thread when it has read all but the messages, {@code ok} when without a problem. */
        void eventsRead(boolean ok) {
            eventsRead = ok;
            eventsIn.countDown();
        }

        private boolean awaitEvents() {
            try {
                eventsIn.await();
                return eventsRead;
            } catch (InterruptedException e) {
                return false;
            }
        }

        /** The messages read, or null when they have a problem; waits for them. */
        List<MessageEntry> awaitParsed() {
            try {
                parsed.await();
                return entries;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        /** Waits for the thread to end; false when interrupted. */
        boolean await(Thread thread) {
            try {
                thread.join();
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
