package dev.spacetime.app.document;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.layout.DiagramLayout;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The open document as the panels see it: what is shown, the view state they may change (selection,
 * view settings, the step cursor), and a call after every change. The diagram itself is changed only
 * through the {@link Editor}, which the gestures, the inspector, the menus, the files and the dialogs hold.
 */
public interface DocumentView {
    /** The open document, or null when nothing is open. */
    Document document();

    /** The open document, which changes when another is opened (not when this one is edited). */
    ReadOnlyObjectProperty<Document> documentProperty();

    /** The causality of the open diagram, or null when nothing is open. */
    Analysis analysis();

    /** The layout on screen, or null when nothing is open. */
    DiagramLayout layout();

    /** What the canvas shows, or null when nothing is open. */
    Drawing drawing();

    Selection selection();

    ViewState view();

    /** The step-through. */
    Player player();

    /** Calls the listener after every change of diagram, selection or view. */
    void onRefresh(Runnable listener);

    /**
     * Whether event e's clock values are kept back from every panel: stepping through with Step → "Hide
     * clocks of events still to come" on, and e has not happened yet, so the class can predict them; or an
     * exercise is open, whose answers the clocks would give away.
     */
    default boolean clocksKeptBack(int e) {
        return view().practice.get() != null
                || view().hideFutureClocks.get() && player().active.get() && !player().happened(e);
    }
}
