package dev.spacetime.app;

import dev.spacetime.app.files.InitialDiagram;
import java.util.List;
import javafx.application.Application;

/**
 * Starts the window from a plain class path, as in {@code java -cp spacetime.jar dev.spacetime.app.Main}:
 * Java refuses to start a main class that extends {@code Application} unless JavaFX is on the module path.
 * The image's window launcher starts here too, for the head start below.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        WindowStart.Instead instead = WindowStart.instead(List.of(args), System.getenv(), System.getProperty("os.name"),
                System.getProperty("glass.platform"));
        if (instead != null) {
            (instead.status() == 0 ? System.out : System.err).println(instead.text());
            System.exit(instead.status());
        }
        // The diagram is read on another core while JavaFX starts its toolkit, which takes most of a cold start.
        InitialDiagram.startEarly(StartTiming.files(List.of(args)));
        SoftwareRendering.chooseForThisStart(); // before JavaFX reads its pipeline order
        try {
            Application.launch(SpacetimeApp.class, args);
        } catch (UnsupportedOperationException e) { // JavaFX's word for a display it cannot open
            System.err.println(WindowStart.displayRefused(System.getenv("DISPLAY"), e.getMessage()));
            System.exit(1);
        }
    }
}
