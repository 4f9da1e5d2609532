package dev.spacetime.app;

import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** How the diagram is shown: view state, never part of the diagram or its undo history. */
final class ViewState {
    final ObjectProperty<Orientation> orientation = new SimpleObjectProperty<>(Orientation.TIME_UP);
    final ObjectProperty<TimeMode> timeMode = new SimpleObjectProperty<>(TimeMode.PHYSICAL);
    final ObjectProperty<ClockLabels> clockLabels = new SimpleObjectProperty<>(ClockLabels.LAMPORT);
    final BooleanProperty tickLines = new SimpleBooleanProperty(false);
    final BooleanProperty concurrentPairs = new SimpleBooleanProperty(false);
    final BooleanProperty falseOrderings = new SimpleBooleanProperty(false);
    /** Runs of local events drawn as their first event. */
    final BooleanProperty collapseRuns = new SimpleBooleanProperty(false);
    /** Processes, by name, left out of the picture (causality through them shown as implied arcs). */
    final ObservableSet<String> hidden = FXCollections.observableSet();

    /** Everything a change of which calls for a new picture. */
    Observable[] dependencies() {
        return new Observable[] {orientation, timeMode, clockLabels, tickLines, concurrentPairs, falseOrderings, hidden, collapseRuns};
    }
}
