package dev.spacetime.app.files;

import dev.spacetime.app.document.Document;
import dev.spacetime.model.Diagram;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps the open document's unsaved work in a {@link RecoveryStore}: a moment after an edit (edits in
 * a row are written once), the diagram is copied on the window's thread — a copy of arrays, quick even
 * for big diagrams — and written on a thread of its own, so the window never waits for the disk. When
 * the work is saved, or undone back to what was saved, or another diagram opened, the file goes; a
 * clean close removes it too, so only a crash or a kill leaves one.
 */
public final class Autosave implements AutoCloseable {
    /** How long after an edit the work is written, by default. */
    public static final Duration DELAY = Duration.ofSeconds(3);

    private final RecoveryStore store;
    private final Executor windowThread;
    private final long delayMillis;
    private final ScheduledExecutorService writer;
    private final Consumer<String> failures;
    private Document current;
    private boolean pending;
    private boolean closed;

    /**
     * @param windowThread runs a task on the thread that owns the documents (the JavaFX thread)
     * @param failures     told, on the window's thread, when the work could not be written (a full disk)
     */
    public Autosave(RecoveryStore store, Executor windowThread, Duration delay, Consumer<String> failures) {
        this.store = store;
        this.windowThread = windowThread;
        this.delayMillis = delay.toMillis();
        this.failures = failures;
        ScheduledThreadPoolExecutor one = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "autosave");
            t.setDaemon(true); // never keeps the app alive
            return t;
        });
        writer = one;
    }

    /** Follows {@code doc} from now on (the one the editor shows); the previous one's work is no longer kept. */
    public void watch(Document doc) {
        current = doc;
        if (doc == null) {
            return;
        }
        doc.onChange(() -> changed(doc));
        doc.unsavedProperty().addListener((o, was, now) -> changed(doc));
        changed(doc); // a restored document is unsaved from the start; another one clears the last one's file
    }

    private void changed(Document doc) {
        if (doc != current || closed || pending) {
            return;
        }
        pending = true;
        writer.schedule(() -> windowThread.execute(this::snapshot), delayMillis, TimeUnit.MILLISECONDS);
    }

    /** On the window's thread: takes what is to be written, and hands it to the writer. */
    private void snapshot() {
        pending = false;
        Document doc = current;
        if (closed) {
            return;
        }
        if (doc == null || !doc.unsaved()) {
            writer.execute(this::clear);
            return;
        }
        Diagram copy = doc.diagram().copy();
        Path file = doc.file();
        writer.execute(() -> {
            try {
                store.write(copy, file);
            } catch (IOException | RuntimeException e) {
                String why = "Unsaved work could not be kept for recovery: " + e.getMessage();
                windowThread.execute(() -> failures.accept(why));
            }
        });
    }

    private void clear() {
        try {
            store.clear();
        } catch (IOException e) {
            // left for the next start, which offers it back; nothing is lost
        }
    }

    /** Waits until what is scheduled now has been written: for tests. */
    public void awaitWritten(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        writer.schedule(done::countDown, delayMillis + 1, TimeUnit.MILLISECONDS);
        done.await(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        java.util.concurrent.CountDownLatch after = new java.util.concurrent.CountDownLatch(1);
        writer.execute(after::countDown); // the write the snapshot handed over, queued behind
        after.await(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** A clean close: nothing more is written, and this app's recovery file goes. */
    @Override
    public void close() {
        closed = true;
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS); // a write under way finishes before the file goes
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clear();
    }
}
