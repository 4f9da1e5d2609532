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
        // The diagram is read on another core while JavaFX starts its toolkit, which takes most of a cold start.
        InitialDiagram.startEarly(StartTiming.files(List.of(args)));
        SoftwareRendering.chooseForThisStart(); // before JavaFX reads its pipeline order
        Application.launch(SpacetimeApp.class, args);
    }
}
