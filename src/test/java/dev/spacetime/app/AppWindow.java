package dev.spacetime.app;

import dev.spacetime.app.files.RecoveryCheck;
import dev.spacetime.testing.FxThread;
import dev.spacetime.testing.MemoryPreferences;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.testfx.api.FxToolkit;
import org.testfx.toolkit.impl.ApplicationLauncherImpl;
import org.testfx.toolkit.impl.ApplicationServiceImpl;
import org.testfx.toolkit.impl.ToolkitServiceImpl;
import org.testfx.util.WaitForAsyncUtils;

/** The real Spacetime window for a test, headless: started with the command line's arguments, and closed. */
final class AppWindow {
    private AppWindow() {
    }

    /** Starts the app as {@code spacetime args…} would, with settings of its own that start empty and are never stored. */
    static SpacetimeApp start(String... args) throws Exception {
        return start(new MemoryPreferences(), args);
    }

    /**
     * Starts the app as {@code spacetime args…} would, keeping its settings in {@code settings} rather than the
     * user's, and waits until its first events have run.
     */
    static SpacetimeApp start(Preferences settings, String... args) throws Exception {
        // Work some killed test run left behind is never asked about: a dialog would stand in every test's way.
        return start(settings, app -> app.chooseRecoveryWith(work -> RecoveryCheck.Choice.LATER), args);
    }

    /** As {@link #start(Preferences, String...)}, with {@code before} done to the app before it starts. */
    static SpacetimeApp start(Preferences settings, java.util.function.Consumer<SpacetimeApp> before, String... args)
            throws Exception {
        FxToolkit.registerPrimaryStage();
        SpacetimeApp made = FxThread.call(() -> new SpacetimeApp(settings));
        before.accept(made);
        // FxToolkit.setupApplication takes a supplier but no arguments; its service takes both.
        SpacetimeApp app = (SpacetimeApp) new ToolkitServiceImpl(new ApplicationLauncherImpl(), new ApplicationServiceImpl())
                .setupApplication(() -> FxToolkit.toolkitContext().getRegisteredStage(), () -> made, args)
                .get(FxToolkit.toolkitContext().getSetupTimeoutInMillis(), TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    static void stop(SpacetimeApp app) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
