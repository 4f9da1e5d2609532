package dev.spacetime.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The JavaFX thread for tests, headless: started once, then work handed to it and its result (or what
 * it threw) handed back, so view state is tested on the thread it lives on.
 */
public final class FxThread {
    private FxThread() {
    }

    /** Starts the JavaFX toolkit if it is not running yet. */
    public static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Runs the work on the JavaFX thread and returns its result, after events it queued have run. */
    public static <T> T call(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    /** Something to do on the JavaFX thread that may throw (an assertion, say). */
    public interface Work {
        void run() throws Exception;
    }

    public static void run(Work work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }
}
