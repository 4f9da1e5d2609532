package dev.spacetime.app.document;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.BrokenLayer;
import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.DrawingBuilder;
import dev.spacetime.drawing.DrawingOptions;
import dev.spacetime.drawing.LabelSizes;
import dev.spacetime.drawing.SelectionLayer;
import dev.spacetime.drawing.StepLayer;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.PhysicalTimes;
import dev.spacetime.layout.Spacing;
import dev.spacetime.layout.SpacingFit;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.layout.TimeSpan;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.Edit;
import dev.spacetime.model.EditRefusedException;
import dev.spacetime.model.TimeDirection;
import dev.spacetime.step.Linearization;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;

/**
 * The open document with its selection and view: applies edits as undoable commands, and after every
 * change of diagram, selection or view recomputes the derived picture (analysis → layout → drawing)
 * and tells the panels. Edits that break a rule come back as a reason, never as an exception. It
 * knows no screen: the canvas observes {@link #pictureProperty()}.
 */
public final class Editor implements DocumentView {
    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>();
    private final Selection selection = new Selection();
    private final ViewState view;
    private final List<Runnable> listeners = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Picture> picture = new ReadOnlyObjectWrapper<>();
    private DiagramLayout layout;
    private Drawing drawing;
    private final Player player = new Player();
    private boolean refreshing;
    private Drawing base;
    private java.util.Set<Integer> layoutHidden = java.util.Set.of();
    private boolean layoutCollapsed;
    private DrawingOptions baseOptions;
    private Spacing layoutSpacing;
    private TimeSpan reach;       // the time the lines span at least: the events' when spaced, so a click's event leaves them be
    private TimeSpan layoutReach;
    private Supplier<SpacingFit.Window> window = () -> null;
    private Orientation spacedOrientation; // what view.spacing was chosen for: a spacing suits one orientation and time mode
    private TimeMode spacedMode;
    private boolean opening;
    private java.util.function.Function<Diagram, RunVerdict> judge = d -> null;

    public Editor(ViewState view) {
        this.view = view;
        InvalidationListener redraw = obs -> refresh();
        for (var property : view.dependencies()) {
            if (property != view.timeMode) {
                property.addListener(redraw);
            }
        }
        view.timeMode.addListener((obs, old, now) -> changeTimeMode());
        view.spacing.addListener((obs, old, now) -> {
            spacedOrientation = view.orientation.get();
            spacedMode = view.timeMode.get();
        });
        selection.events().addListener((ListChangeListener<String>) c -> refresh());
        selection.processProperty().addListener(redraw);
        selection.messageProperty().addListener(redraw);
        player.active.addListener(redraw);
        player.cursorProperty().addListener(redraw);
        player.kind.addListener(obs -> {
            if (analysis() != null) {
                player.rebase(analysis());
            }
            refresh();
        });
    }

    /** The step-through. */
    @Override
    public Player player() {
        return player;
    }

    /** What the screen shows, set anew after every change; observe it with an invalidation listener. */
    public ReadOnlyObjectProperty<Picture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    @Override
    public Document document() {
        return document.get();
    }

    @Override
    public Selection selection() {
        return selection;
    }

    @Override
    public ViewState view() {
        return view;
    }

    /** The layout on screen, or null when nothing is open. */
    @Override
    public DiagramLayout layout() {
        return layout;
    }

    /** What the canvas shows, as one drawing: the selection and any step laid into it. */
    @Override
    public Drawing drawing() {
        if (drawing == null && base != null) {
            drawing = practising(SelectionLayer.apply(base, layout, revealed(), selection.processProperty().get(),
                    selection.messageProperty().get(), view.concurrentPairs.get(), view.conesFollowExternal.get()));
        }
        return drawing;
    }

    @Override
    public Analysis analysis() {
        return document.get() == null ? null : document.get().analysis();
    }

    /** Calls the listener after every refresh: the panels read the new state from here. */
    @Override
    public void onRefresh(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Where to measure the window a diagram is to fill when opened or fitted: its size, margins and
     * text factor, or null while it has no size yet (the diagram is then spaced naturally).
     */
    public void measureWindowWith(Supplier<SpacingFit.Window> window) {
        this.window = window;
    }

    /**
     * How to check the run a diagram was made by, when one is opened without a verdict (a saved run
     * opened from its file): the verdict, or null when the diagram is no such run.
     */
    public void judgeRunsWith(java.util.function.Function<Diagram, RunVerdict> judge) {
        this.judge = judge;
    }

    /** Spaces the diagram anew to fill the window as it is now (the view then fits it). */
    public void fitSpacing() {
        if (document.get() != null) {
            setSpacing(spacingFor(document.get(), layoutHidden));
        }
    }

    /**
     * Chooses the spacing, and with it the stretch of time the lines span: the events' as they are now.
     * Until the next fit an edit may lengthen the lines but never shortens them, so an event clicked on
     * a line neither moves the line nor the events already on it.
     */
    private void setSpacing(Spacing spacing) {
        reach = null; // the next layout's events' span, taken when it is made
        view.spacing.set(spacing);
        spacedOrientation = view.orientation.get();
        spacedMode = view.timeMode.get();
    }

    /** The spacing that fills the window with the diagram as the view shows it, or null when the window has no size. */
    private Spacing spacingFor(Document doc, java.util.Set<Integer> hidden) {
        SpacingFit.Window room = window.get();
        if (room == null || room.width() <= 0 || room.height() <= 0) {
            return null;
        }
        Analysis analysis = doc.analysis();
        return SpacingFit.of(analysis, view.orientation.get(), view.timeMode.get(), hidden, view.collapseRuns.get(),
                room, new LabelSizes(analysis, view.clockLabels.get()));
    }

    /**
     * Shows a document, spaced to fill the window and fitted to it, with nothing selected. A diagram
     * without a single physical time opens in logical time, which is all it has; an empty one in
     * physical time, so that its first events go where they are clicked.
     */
    public void open(Document doc) {
        if (doc.verdict() == null) {
            doc.setVerdict(judge.apply(doc.diagram()));
        }
        selection.clear();
        player.reset();
        opening = true; // the view changes below are for the new document: the old one is not redrawn for them
        try {
            view.hidden.clear(); // names of another diagram's processes
            // A file may say which way it reads best (the simulations' long runs: time going right).
            var saved = doc.diagram().annotations().timeDirection();
            if (saved != null) {
                view.orientation.set(saved == TimeDirection.RIGHT ? Orientation.TIME_RIGHT : Orientation.TIME_UP);
            }
            if (doc.diagram().eventCount() > 0 && !PhysicalTimes.anyGiven(doc.diagram())) {
                view.timeMode.set(TimeMode.LOGICAL);
            } else if (doc.diagram().eventCount() == 0) {
                view.timeMode.set(TimeMode.PHYSICAL); // where a clicked event goes where it was clicked
            }
            setSpacing(spacingFor(doc, java.util.Set.of()));
        } finally {
            opening = false;
        }
        document.set(doc);
        doc.commands().onChange(this::refresh);
        if (player.kind.get() == Linearization.Kind.TOTAL_ORDER || player.kind.get() == Linearization.Kind.EXACT_TOTAL_ORDER) {
            // ⇒ as the system sees it shows a telephone call's anomaly as it happens; a choice of physical
            // time or stepping by hand is the user's and stays.
            player.kind.set(Linearization.defaultFor(doc.analysis()));
        }
        refresh();
        Picture shown = picture.get();
        picture.set(new Picture(shown.drawing(), shown.emphasis(), null, true));
    }

    /** Why edits are refused while an exercise is open. */
    public static final String PRACTISING = "an exercise is open: its diagram is the question and is not edited "
            + "(Practice → Leave practice to edit again)";

    /** Applies an edit as one undoable command; returns why it was refused, or null when it was made. */
    public String run(Edit edit) {
        if (document.get() == null) {
            return "no diagram is open";
        }
        if (view.practice.get() != null) {
            return PRACTISING;
        }
        try {
            document.get().commands().run(edit);
            return null;
        } catch (EditRefusedException refused) {
            return refused.getMessage();
        }
    }

    public String undo() {
        if (view.practice.get() != null) {
            return PRACTISING;
        }
        try {
            document.get().commands().undo();
            return null;
        } catch (EditRefusedException refused) {
            return refused.getMessage();
        }
    }

    public String redo() {
        if (view.practice.get() != null) {
            return PRACTISING;
        }
        try {
            document.get().commands().redo();
            return null;
        } catch (EditRefusedException refused) {
            return refused.getMessage();
        }
    }

    /** Recomputes the picture from the diagram, selection and view as they are now. */
    private void refresh() {
        Document doc = document.get();
        if (doc == null || refreshing || opening) {
            return;
        }
        refreshing = true;
        try {
            recompute(doc);
        } finally {
            refreshing = false;
        }
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    private void recompute(Document doc) {
        Diagram d = doc.diagram();
        selection.retain(id -> d.findEvent(id) >= 0, name -> d.processIndex(name) >= 0,
                m -> m.find(d) >= 0);
        Analysis analysis = doc.analysis();
        if (!player.follows(analysis)) {
            player.rebase(analysis);
        }
        java.util.Set<Integer> hidden = new java.util.HashSet<>();
        for (String name : view.hidden) {
            int p = doc.diagram().processIndex(name);
            if (p >= 0) {
                hidden.add(p);
            }
        }
        if (hidden.size() == doc.diagram().processCount() && !hidden.isEmpty()) {
            hidden.clear(); // hiding every process would leave nothing to look at
        }
        Spacing spacing = view.spacing.get();
        if (spacing != null && (spacedOrientation != view.orientation.get() || spacedMode != view.timeMode.get())) {
            // Chosen for the other orientation or time mode, whose units it is in: choose again for this one.
            spacing = spacingFor(doc, hidden);
            setSpacing(spacing);
        }
        if (layout == null || layout.analysis() != analysis || layout.orientation() != view.orientation.get()
                || layout.timeMode() != view.timeMode.get() || !hidden.equals(layoutHidden)
                || layoutCollapsed != view.collapseRuns.get() || !Objects.equals(spacing, layoutSpacing)
                || !Objects.equals(reach, layoutReach) || spacing != null && reach == null) {
            layout = DiagramLayout.of(analysis, view.orientation.get(), view.timeMode.get(), hidden,
                    view.collapseRuns.get(), spacing, spacing == null ? null : reach);
            if (spacing != null && reach == null) {
                reach = layout.eventSpan(); // just spaced: from now on the lines span at least what they span now
            }
            layoutSpacing = spacing;
            layoutReach = reach;
            layoutCollapsed = view.collapseRuns.get();
            layoutHidden = hidden;
            base = null;
        }
        DrawingOptions options = options();
        DrawingOptions unselected = options.withSelected(List.of());
        if (base == null || !unselected.equals(baseOptions)) {
            base = DrawingBuilder.withoutSelection(layout, unselected);
            if (doc.verdict() != null) {
                base = BrokenLayer.apply(base, layout, doc.verdict().brokenBy());
            }
            baseOptions = unselected;
        }
        if (player.active.get()) {
            boolean byHand = player.kind.get() == Linearization.Kind.BY_HAND;
            drawing = StepLayer.apply(SelectionLayer.apply(base, layout, options.selected(),
                    selection.processProperty().get(), selection.messageProperty().get(), options.concurrentPairs(),
                    view.conesFollowExternal.get()),
                    layout, player.replay(),
                    view.clockLabels.get() == ClockLabels.VECTOR, byHand ? player.enabled() : List.of(),
                    view.hideFutureClocks.get());
            picture.set(new Picture(drawing, null, null, false));
        } else {
            // A click changes only the selection: the screen paints it over the drawing it has indexed,
            // and the drawing with the selection in it is made only when asked for (an export, say).
            drawing = null;
            picture.set(new Picture(practising(base), SelectionLayer.emphasis(layout, revealed(),
                    selection.processProperty().get(), selection.messageProperty().get(), options.concurrentPairs(),
                    view.conesFollowExternal.get()),
                    null, false));
        }
    }

    /** The drawing with an open exercise's answers laid in place of its clocks, or as it is when none is open. */
    private Drawing practising(Drawing shown) {
        var marks = view.practice.get();
        return marks == null ? shown : dev.spacetime.drawing.PracticeLayer.apply(shown, layout, marks);
    }

    /** The selected events whose cone and chains may be drawn: none while an exercise keeps them back. */
    private List<String> revealed() {
        var marks = view.practice.get();
        return marks == null || marks.reveal() ? selection.events() : List.of();
    }

    DrawingOptions options() {
        return new DrawingOptions(view.clockLabels.get(), view.tickLines.get(), selection.events(),
                view.concurrentPairs.get(), view.falseOrderings.get(), view.anomalies.get());
    }

    /** Physical ↔ logical time, animated so the class sees Figure 2 straighten into Figure 3. */
    private void changeTimeMode() {
        if (opening) {
            return;
        }
        Drawing before = drawing();
        refresh();
        Picture settled = picture.get();
        if (before != null && document.get() != null) {
            picture.set(new Picture(settled.drawing(), settled.emphasis(), new Picture.Transition(before, drawing()),
                    false));
        }
    }
}
