package dev.spacetime.app.document;

import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.Spacing;
import dev.spacetime.layout.TimeMode;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** How the diagram is shown: view state, never part of the diagram or its undo history. */
public final class ViewState {
    public final ObjectProperty<Orientation> orientation = new SimpleObjectProperty<>(Orientation.TIME_UP);
    public final ObjectProperty<TimeMode> timeMode = new SimpleObjectProperty<>(TimeMode.PHYSICAL);
    public final ObjectProperty<ClockLabels> clockLabels = new SimpleObjectProperty<>(ClockLabels.LAMPORT);
    public final BooleanProperty tickLines = new SimpleBooleanProperty(false);
    public final BooleanProperty concurrentPairs = new SimpleBooleanProperty(false);
    public final BooleanProperty falseOrderings = new SimpleBooleanProperty(false);
    /** Runs of local events drawn as their first event. */
    public final BooleanProperty collapseRuns = new SimpleBooleanProperty(false);
    /** Processes, by name, left out of the picture (causality through them shown as implied arcs). */
    public final ObservableSet<String> hidden = FXCollections.observableSet();

    /**
     * How far apart process lines and times are drawn, chosen to fill the window when a diagram is
     * opened or fitted; null for the natural spacing (the one the command line draws with).
     */
    public final ObjectProperty<Spacing> spacing = new SimpleObjectProperty<>(null);

    /** Everything a change of which calls for a new picture. */
    Observable[] dependencies() {
        return new Observable[] {orientation, timeMode, clockLabels, tickLines, concurrentPairs, falseOrderings, hidden, collapseRuns,
            spacing};
    }
}
