package dev.spacetime.app;

import javafx.application.Application;

/**
 * Starts the window from a plain class path, as in {@code java -cp spacetime.jar dev.spacetime.app.Main}:
 * Java refuses to start a main class that extends {@code Application} unless JavaFX is on the module path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(SpacetimeApp.class, args);
    }
}
