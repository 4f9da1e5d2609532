package dev.spacetime.app.document;

import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.drawing.TextFactor;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.Spacing;
import dev.spacetime.layout.TimeMode;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
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
    /** Section 5's anomalies marked: a line for every a ➝ b with C(a) ≥ C(b). */
    public final BooleanProperty anomalies = new SimpleBooleanProperty(false);
    /** A selected event's past and future taken under ➝ (external messages count) rather than →. */
    public final BooleanProperty conesFollowExternal = new SimpleBooleanProperty(false);
    /** Runs of local events drawn as their first event. */
    public final BooleanProperty collapseRuns = new SimpleBooleanProperty(false);
    /**
     * While stepping, events still to come show no clock values (their labels the id alone), so a
     * class can predict each value before the step shows it.
     */
    public final BooleanProperty hideFutureClocks = new SimpleBooleanProperty(false);
    /** Processes, by name, left out of the picture (causality through them shown as implied arcs). */
    public final ObservableSet<String> hidden = FXCollections.observableSet();
    /** How large texts and lines are drawn; remembered between runs once {@link #rememberTextSize} is called. */
    public final ObjectProperty<TextSize> textSize = new SimpleObjectProperty<>(TextSize.NORMAL);
    /**
     * An open exercise's marks, drawn in place of the clocks (which every panel then keeps back), or
     * null when no exercise is open. While it is set the diagram is not edited.
     */
    public final ObjectProperty<dev.spacetime.drawing.PracticeMarks> practice = new SimpleObjectProperty<>(null);
    /** Presentation mode: full screen, the diagram alone, everything larger for a room. */
    public final BooleanProperty presentation = new SimpleBooleanProperty(false);

    /** How much larger texts and lines are drawn in presentation mode, on top of the text size. */
    public static final double PRESENTATION_FACTOR = TextFactor.FOR_SLIDES;
    private static final String TEXT_SIZE_KEY = "textSize";

    /** How many times the normal size texts and lines are drawn: the text size, enlarged again while presenting. */
    public double textFactor() {
        return textSize.get().factor() * (presentation.get() ? PRESENTATION_FACTOR : 1);
    }

    /** Takes the text size stored in this node, and stores every later choice there. */
    public void rememberTextSize(Preferences node) {
        try {
            textSize.set(TextSize.valueOf(node.get(TEXT_SIZE_KEY, TextSize.NORMAL.name())));
        } catch (IllegalArgumentException unknown) {
            textSize.set(TextSize.NORMAL); // stored by a version with other sizes
        }
        textSize.addListener((obs, old, now) -> {
            node.put(TEXT_SIZE_KEY, now.name());
            try {
                node.flush();
            } catch (BackingStoreException e) {
                // A machine that cannot store preferences starts at the normal size next time; nothing more is lost.
            }
        });
    }

    /**
     * How far apart process lines and times are drawn, chosen to fill the window when a diagram is
     * opened or fitted; null for the natural spacing (the one the command line draws with).
     */
    public final ObjectProperty<Spacing> spacing = new SimpleObjectProperty<>(null);

    /** Everything a change of which calls for a new picture. */
    Observable[] dependencies() {
        return new Observable[] {orientation, timeMode, clockLabels, tickLines, concurrentPairs, falseOrderings, anomalies, hidden,
            collapseRuns, hideFutureClocks, spacing, conesFollowExternal, practice};
    }
}
