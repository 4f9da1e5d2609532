package dev.spacetime.io.shiviz;

import dev.spacetime.io.DiagramFiles;
import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.LoadProblem;
import dev.spacetime.model.Diagram;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reading ShiViz logs from files and writing diagrams as logs, with the same care as diagram files. */
public final class ShivizFiles {
    /** Logs larger than this are refused rather than read into memory. */
    public static final long MAX_BYTES = 512L << 20;

    private ShivizFiles() {
    }

    /** Whether a file is meant as a log: by its name (.log, .txt, .shiviz) or, failing that, because it is not JSON. */
    public static boolean isLog(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase();
        if (name.endsWith(".log") || name.endsWith(".txt") || name.endsWith(".shiviz")) {
            return true;
        }
        if (name.endsWith(".json")) {
            return false;
        }
        try {
            byte[] head = new byte[256];
            int n;
            try (var in = Files.newInputStream(file)) {
                n = in.read(head);
            }
            return n > 0 && ShivizLog.looksLikeLog(new String(head, 0, n, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads a log. One written with the default expression and no delimiter is read straight from its
     * bytes (see {@link DefaultLogReader}), which also takes logs too big to hold as text; any other
     * is matched with its expression, up to {@link #MAX_BYTES}.
     */
    public static ShivizLog read(Path file) throws DiagramLoadException {
        return read(file, MAX_BYTES);
    }

    /** As {@link #read(Path)}, with logs over {@code heldUpTo} bytes mapped rather than read into memory. */
    static ShivizLog read(Path file, long heldUpTo) throws DiagramLoadException {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size >= Integer.MAX_VALUE) {
                throw new DiagramLoadException(name, List.of(LoadProblem.unlocated("the log is larger than 2 GiB")));
            }
            ByteBuffer bytes = size <= heldUpTo ? ByteBuffer.wrap(Files.readAllBytes(file)) : mapped(file, size);
            if (LogBytes.startsWithByteOrderMark(bytes)) {
                bytes = bytes.slice(3, bytes.limit() - 3); // a byte-order mark says UTF-8; it is no part of the log
            }
            // The byte reader ends lines at \n only; a log with lone \r line ends is read as text.
            if (DefaultLogReader.takes(bytes) && !LogBytes.hasLoneReturn(bytes)) {
                List<LoadProblem> problems = new ArrayList<>();
                RawExecution events = DefaultLogReader.read(bytes, problems);
                if (!problems.isEmpty()) {
                    throw new DiagramLoadException(name, problems);
                }
                return ShivizLog.of(List.of(new LogExecution("Execution 1", events)));
            }
            if (size > heldUpTo) {
                throw new DiagramLoadException(name, List.of(LoadProblem.unlocated("the log is larger than "
                        + (heldUpTo >> 20) + " MiB; logs this large are read only with the default expression and "
                        + "no delimiter (two blank first lines)")));
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(bytes.duplicate()).toString();
            } catch (CharacterCodingException e) {
                throw new DiagramLoadException(name, List.of(LogBytes.firstBadByte(bytes)));
            }
            return ShivizLog.parse(name, text);
        } catch (IOException e) {
            throw new DiagramLoadException(name, List.of(LoadProblem.unlocated("cannot read the log: "
                    + e.getMessage())));
        }
    }

    /** A big log mapped rather than read, so its bytes do not take heap. */
    private static ByteBuffer mapped(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        }
    }

    /** Reads a log and imports one of its executions (0 = the first). */
    public static Diagram importExecution(Path file, int execution) throws DiagramLoadException {
        return importExecution(file, read(file), execution);
    }

    /** Imports one execution (0 = the first) of a log already read from {@code file}, named after the file. */
    public static Diagram importExecution(Path file, ShivizLog log, int execution) throws DiagramLoadException {
        String name = String.valueOf(file.getFileName());
        if (execution < 0 || execution >= log.executions().size()) {
            throw new DiagramLoadException(name, List.of(LoadProblem.unlocated("the log has "
                    + log.executions().size() + " executions; there is no execution " + (execution + 1))));
        }
        LogExecution chosen = log.executions().get(execution);
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return ShivizImport.toDiagram(name, chosen, log.executions().size() == 1 ? base : base + ": " + chosen.name());
    }

    /**
     * Writes the diagram as a log that reads back to it; a diagram no log can hold (see {@link
     * ShivizExport#refusal}) is refused before the file is touched, with the reason.
     */
    public static void write(Diagram d, Path file) throws IOException {
        String refusal = ShivizExport.refusal(d);
        if (refusal != null) {
            throw new IOException("cannot save " + file + ": " + refusal);
        }
        DiagramFiles.write(file, out -> ShivizExport.write(d, out));
    }
}
