package dev.spacetime.app.files;

import dev.spacetime.app.document.Document;
import dev.spacetime.app.document.Editor;
import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.shiviz.ShivizFiles;
import dev.spacetime.io.shiviz.ShivizLog;
import dev.spacetime.io.shiviz.SkippedText;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import javafx.concurrent.Task;

/**
 * Opens a big file without freezing the window: the file is read, checked and analysed on a thread of
 * its own while the status line says so and the window takes no input (the diagram on screen must not
 * change under an edit that the opened one would then replace); the diagram is shown when ready. A log
 * with several executions is read first, the user asked which one, and that one imported.
 */
public final class BackgroundOpen {
    /** Files from this size on are opened in the background: about 100,000 events of JSON, 25,000 of a 64-process log. */
    public static final long FROM_BYTES = 16L << 20;

    /** What the window does while a file is being opened. */
    public interface Busy {
        /** Says what is going on and takes no input but from the status line, where {@code cancel} stops it. */
        void start(String what, Runnable cancel);

        /** Back to normal. */
        void stop();
    }

    private final Editor editor;
    private final Busy busy;
    private boolean opening;
    private Task<?> current; // the step of the opening under way, which Cancel stops

    BackgroundOpen(Editor editor, Busy busy) {
        this.editor = editor;
        this.busy = busy;
    }

    /**
     * Starts opening {@code file} ({@code bytes} long). {@code chooseExecution} asks which execution of
     * a log to open (-1: none); {@code opened} runs once the diagram is on screen, {@code failed} with
     * the loader's message when the file could not be opened, the diagram on screen staying as it was;
     * {@code warned} after {@code opened}, with what was skipped in a log, if anything.
     */
    void open(Path file, long bytes, ToIntFunction<ShivizLog> chooseExecution, Runnable opened,
            Consumer<String> failed, Consumer<String> warned) {
        opening = true;
        busy.start(String.format(Locale.ROOT, "Opening %s (%.0f MB)…", file.getFileName(), bytes / 1e6), this::cancel);
        HeadStart early = HeadStart.take(file); // begun while JavaFX started, for the file named on the command line
        if (!ShivizFiles.isLog(file)) {
            run(() -> early != null ? early.document(0) : HeadStart.analysed(new Document(DiagramReader.read(file), file)),
                    opened, failed);
            return;
        }
        run(() -> early != null ? early.log() : ShivizFiles.read(file), log -> {
            int chosen = log.executions().size() == 1 ? 0 : chooseExecution.applyAsInt(log);
            if (chosen < 0) {
                stopped();
                return;
            }
            SkippedText skipped = log.executions().get(chosen).skipped();
            run(() -> {
                Document imported = early != null ? early.document(chosen) : null;
                return imported != null ? imported
                        : HeadStart.analysed(new Document(ShivizFiles.importExecution(file, log, chosen), null));
            }, () -> {
                opened.run();
                if (!skipped.isEmpty()) {
                    warned.accept(skipped.summary());
                }
            }, failed);
        }, failed);
    }

    /**
     * Stops the opening under way: the diagram on screen stays as it was. The reading thread is interrupted,
     * which a log's expression matching notices at once; a JSON file's reading runs on to its end in the
     * background, its result thrown away.
     */
    void cancel() {
        if (opening && current != null) {
            current.cancel(true);
        }
    }

    /** Whether a file is being opened: another must wait until it is. */
    boolean opening() {
        return opening;
    }

    private void stopped() {
        opening = false;
        busy.stop();
    }

    private void run(Callable<Document> work, Runnable opened, Consumer<String> failed) {
        run(work, doc -> {
            stopped();
            editor.open(doc);
            opened.run();
        }, failed);
    }

    private <T> void run(Callable<T> work, Consumer<T> then, Consumer<String> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> then.accept(task.getValue()));
        task.setOnCancelled(e -> stopped());
        task.setOnFailed(e -> {
            stopped();
            Throwable why = task.getException();
            failed.accept(why instanceof DiagramLoadException load ? load.getMessage()
                    : why instanceof OutOfMemoryError ? "the file is too big for the memory Spacetime was given"
                    : String.valueOf(why.getMessage() != null ? why.getMessage() : why));
        });
        current = task;
        Thread thread = new Thread(task, "opening a file");
        thread.setDaemon(true);
        thread.start();
    }
}
