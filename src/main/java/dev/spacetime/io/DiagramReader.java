package dev.spacetime.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.spacetime.model.Diagram;
import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads a diagram file (format version 1): streams its JSON, builds the diagram and checks the
 * paper's rules, reporting every problem found with its place in the file. A diagram with any
 * problem is never returned.
 *
 * <p>Hostile input is bounded: files over {@value #MAX_FILE_BYTES} bytes (512 MiB), nesting deeper
 * than {@value #MAX_NESTING_DEPTH}, strings longer than {@value #MAX_STRING_LENGTH} characters and
 * numbers longer than {@value #MAX_NUMBER_LENGTH} characters are refused with a located error, and
 * events or messages past the {@value #MAX_EVENTS}th are skipped with one. At most
 * a hundred problems are listed.
 */
public final class DiagramReader {
    /** The largest file read: ten times a million-event diagram. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;
    /** A diagram needs five levels (diagram, processes, process, events, event); the rest is for "view". */
    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_STRING_LENGTH = 65_536;
    public static final int MAX_NUMBER_LENGTH = 100;
    /** The most events (and messages) read, four times the diagrams Spacetime is built for; bounds memory. */
    public static final int MAX_EVENTS = 4_000_000;
    static final int MAX_NAME_LENGTH = 1_000;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the caller owns the stream it hands in
            .build();

    private DiagramReader() {
    }

    /**
     * Loads the diagram in {@code file}; problems name the file by its file name, like
     * {@code figure1.json:12:7: event "q4": duplicate event id (first at line 9, column 7)}.
     */
    public static Diagram read(Path file) throws DiagramLoadException {
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        try {
            if (Files.isDirectory(file)) {
                throw failure(name, "this is a folder, not a diagram file");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw failure(name, "the file is " + mebibytes(size) + "; Spacetime reads diagram files of up to "
                        + mebibytes(MAX_FILE_BYTES));
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                return read(name, () -> parser(in), expectedEvents(size));
            } catch (DiagramLoadException e) {
                throw new DiagramLoadException(name, e.headline(), CharacterColumns.inCharacters(file, e.problems()));
            }
        } catch (IOException e) {
            throw failure(name, "cannot read the file: " + FileErrors.describe(e));
        }
    }

    /** Loads a diagram from bytes in UTF-8 (or UTF-16/32, found from the first bytes); does not close {@code in}. */
    public static Diagram read(String sourceName, InputStream in) throws DiagramLoadException {
        InputStream marked = in.markSupported() ? in : new BufferedInputStream(in);
        return read(sourceName, () -> parser(marked), 16);
    }

    /**
     * A parser on bytes that are UTF-8. Jackson takes a zero byte among the first four for UTF-16 or
     * UTF-32 and would then name characters that are not in the file (a NUL before "{" reads as
     * '≶'); such bytes without a byte-order mark are read as UTF-8, strictly, so the NUL is named.
     */
    private static JsonParser parser(InputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        boolean zero = false;
        for (byte b : head) {
            zero |= b == 0;
        }
        boolean mark = head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head.length == 4 && head[0] == 0 && head[1] == 0 && head[2] == (byte) 0xFE && head[3] == (byte) 0xFF));
        if (!zero || mark) {
            return JSON.createParser(in);
        }
        return JSON.createParser(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /** Loads a diagram from characters; does not close {@code in}. */
    public static Diagram read(String sourceName, Reader in) throws DiagramLoadException {
        return read(sourceName, () -> JSON.createParser(in), 16);
    }

    /** Opens a parser on the input. */
    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    private static Diagram read(String sourceName, ParserSource source, int expectedEvents)
            throws DiagramLoadException {
        ProblemLog log = new ProblemLog();
        DiagramAssembler assembler = new DiagramAssembler(expectedEvents, log);
        Diagram diagram = null;
        try (JsonParser parser = source.open()) {
            if (new DiagramParser(parser, log, assembler).read()) {
                diagram = assembler.finish();
            }
        } catch (IOException e) {
            log.add(0, 0, "cannot read the input: " + FileErrors.describe(e));
        }
        if (!log.isEmpty()) {
            throw new DiagramLoadException(sourceName, log.inFileOrder());
        }
        return diagram;
    }

    /**
     * A guess at the number of events from the file size, so the diagram's arrays and id index are
     * sized once rather than grown and rehashed many times; a written event line takes about 30 bytes,
     * and messages and labels take more, so this rarely guesses high.
     */
    private static int expectedEvents(long bytes) {
        return (int) Math.min(bytes / 48, 1 << 23);
    }

    private static DiagramLoadException failure(String name, String message) {
        return new DiagramLoadException(name, List.of(LoadProblem.unlocated(message)));
    }

    private static String mebibytes(long bytes) {
        return (bytes >> 20) + " MiB";
    }
}
