package dev.spacetime.app;

import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real Spacetime window for a test, headless: started with the command line's arguments, and closed. */
final class AppWindow {
    private AppWindow() {
    }

    /** Starts the app as {@code spacetime args…} would, and waits until its first events have run. */
    static SpacetimeApp start(String... args) throws Exception {
        FxToolkit.registerPrimaryStage();
        SpacetimeApp app = (SpacetimeApp) FxToolkit.setupApplication(SpacetimeApp.class, args);
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    static void stop(SpacetimeApp app) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
