package dev.spacetime.app.files;

import dev.spacetime.app.document.Document;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.shiviz.ShivizFiles;
import dev.spacetime.io.shiviz.ShivizLog;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The opening of a big file named on the command line, begun on a thread of its own while JavaFX starts:
 * the file is read (and a log's only execution imported) and analysed beside the toolkit's start, which
 * takes most of a cold start, rather than after the window is up. The window's background opening
 * ({@link BackgroundOpen}) then takes the result instead of reading the file again; a log of several
 * executions waits there for the user's choice, as ever.
 */
public final class HeadStart {
    private static volatile HeadStart begun;
    private final Path file;
    private final Thread thread;
    private final CompletableFuture<ShivizLog> log = new CompletableFuture<>();
    private final CompletableFuture<Document> document = new CompletableFuture<>();

    private HeadStart(Path file) {
        this.file = file;
        this.thread = new Thread(this::read, "opening a file ahead of the window");
        thread.setDaemon(true);
    }

    /** Begins opening {@code file}, to be taken by the window's background opening. */
    static HeadStart begin(Path file) {
        HeadStart start = new HeadStart(file);
        begun = start;
        start.thread.start();
        return start;
    }

    /** The opening begun for {@code file}, handed over once; null when none was begun for it. */
    static HeadStart take(Path file) {
        HeadStart start = begun;
        if (start == null || !start.file.equals(file)) {
            return null;
        }
        begun = null;
        return start;
    }

    private void read() {
        try {
            if (ShivizFiles.isLog(file)) {
                ShivizLog read = ShivizFiles.read(file);
                log.complete(read);
                document.complete(read.executions().size() == 1
                        ? analysed(new Document(ShivizFiles.importExecution(file, read, 0), null)) : null);
            } else {
                document.complete(analysed(new Document(DiagramReader.read(file), file)));
            }
        } catch (Throwable failed) { // an out-of-memory error too: the window says why
            log.completeExceptionally(failed);
            document.completeExceptionally(failed);
        }
    }

    /** The document with its analysis worked out, here rather than on the window's thread. */
    static Document analysed(Document doc) {
        doc.analysis();
        return doc;
    }

    /** The log read, once it is (for a log file). */
    ShivizLog log() throws Exception {
        return await(log);
    }

    /**
     * The document: a diagram file's, or a log's execution {@code chosen} when the log has that one
     * execution only; null for another execution, which the caller imports itself.
     */
    Document document(int chosen) throws Exception {
        Document doc = await(document);
        return chosen == 0 ? doc : null;
    }

    // Waiting is interrupted when the user cancels the opening: the reading stops too.
    private <T> T await(CompletableFuture<T> result) throws Exception {
        try {
            return result.get();
        } catch (InterruptedException cancelled) {
            thread.interrupt();
            throw cancelled;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception why) {
                throw why;
            }
            throw (Error) e.getCause();
        }
    }
}
