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
        MessagesPart messages = new MessagesPart(bytes, span);
        Thread thread = new Thread(messages, "messages reader");
        thread.setDaemon(true);
        thread.start();
        ProblemLog log = new ProblemLog();
        DiagramAssembler assembler = new DiagramAssembler(expectedEvents, log);
        boolean read;
        try (JsonParser parser = json.createParser(withoutMessages(bytes, span))) {
            DiagramParser reader = new DiagramParser(parser, log, assembler);
            // The empty array read must be the file's own top-level "messages", not a guess's.
            read = reader.read() && reader.messagesOffset() == span.start();
        } catch (IOException e) {
            read = false;
        }
        List<MessageEntry> entries = messages.await(thread);
        if (!read || entries == null || !log.isEmpty()) {
            return null;
        }
        entries.forEach(assembler::message);
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

    /** Reads the messages array on its own thread; its entries are placed within the array, never shown. */
    private final class MessagesPart implements Runnable {
        private final byte[] bytes;
        private final MessagesSpan span;
        private List<MessageEntry> entries; // null until read, and when the array has a problem

        MessagesPart(byte[] bytes, MessagesSpan span) {
            this.bytes = bytes;
            this.span = span;
        }

        @Override
        public void run() {
            List<MessageEntry> read = new ArrayList<>();
            ProblemLog log = new ProblemLog();
            try (JsonParser parser = messagesJson.createParser(bytes, span.start(), span.end() - span.start())) {
                boolean whole = DiagramParser.readMessageArray(parser, log, m -> {
                    // Strings keep their hash once computed: hashing the ends here spares the calling
                    // thread that work when it looks them up among the events.
                    m.from().hashCode();
                    m.to().hashCode();
                    read.add(m);
                });
                if (whole && log.isEmpty()) {
                    entries = read;
                }
            } catch (IOException | RuntimeException e) {
                entries = null; // read again on one thread, which reports it
            }
        }

        /** The messages read, or null; waits for the thread. */
        List<MessageEntry> await(Thread thread) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            return entries;
        }
    }
}
