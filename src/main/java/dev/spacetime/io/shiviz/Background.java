package dev.spacetime.io.shiviz;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Work on a big log done on a second thread while the calling thread does the rest. */
final class Background {
    private Background() {
    }

    /** Starts the work: on a thread of its own when {@code ownThread}, else at once on this one. */
    static <T> FutureTask<T> start(Callable<T> work, String name, boolean ownThread) {
        FutureTask<T> task = new FutureTask<>(work);
        if (ownThread) {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        } else {
            task.run();
        }
        return task;
    }

    /** The work's result once it is done; what it threw is thrown here, as it was. */
    static <T> T result(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading the log");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
