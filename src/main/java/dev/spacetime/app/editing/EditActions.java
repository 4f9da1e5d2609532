package dev.spacetime.app.editing;

import dev.spacetime.model.MessageRef;
import dev.spacetime.app.canvas.DiagramCanvas;
import dev.spacetime.app.document.Editor;
import dev.spacetime.app.document.Feedback;
import dev.spacetime.app.document.Selection;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.HitTest;
import dev.spacetime.lod.Viewport;
import dev.spacetime.model.AddProcess;
import dev.spacetime.model.CompoundEdit;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.Edit;
import dev.spacetime.model.MoveProcess;
import dev.spacetime.model.RemoveClockAssignment;
import dev.spacetime.model.RemoveEvent;
import dev.spacetime.model.RemoveMessage;
import dev.spacetime.model.RemoveProcess;
import dev.spacetime.model.SetMessageExternal;
import java.util.List;

/**
 * The Edit menu's actions on the selection. Delete removes the selected events, process or message;
 * a removed event takes its messages with it and the events at their other ends stay, as local events
 * (the menu item says so).
 */
public final class EditActions {
    private final Editor editor;
    private final Feedback feedback;
    private final InlineEditor inline;
    private final DiagramCanvas canvas;
    private final MessageSend sends;

    public EditActions(Editor editor, Feedback feedback, InlineEditor inline, DiagramCanvas canvas, CanvasGestures gestures) {
        this.editor = editor;
        this.feedback = feedback;
        this.inline = inline;
        this.canvas = canvas;
        this.sends = gestures.sends();
    }

    public void undo() {
        report(editor.document() == null ? null : editor.undo());
    }

    public void redo() {
        report(editor.document() == null ? null : editor.redo());
    }

    public void delete() {
        Selection s = editor.selection();
        Edit edit = null;
        if (!s.events().isEmpty()) {
            List<Edit> parts = s.events().stream().<Edit>map(RemoveEvent::new).toList();
            edit = parts.size() == 1 ? parts.get(0) : new CompoundEdit("Remove events " + String.join(", ", s.events()), parts);
        } else if (s.processProperty().get() != null) {
            edit = new RemoveProcess(s.processProperty().get());
        } else if (s.messageProperty().get() != null) {
            MessageRef m = s.messageProperty().get();
            edit = new RemoveMessage(m.from(), m.to());
        }
        if (edit != null) {
            report(editor.run(edit));
        }
    }

    /**
     * Edit → Add event: a new local event just after the selected event, or at the end of the selected
     * process; one step of undo, and the new event selected.
     */
    public void addEvent() {
        Selection s = editor.selection();
        var layout = editor.layout();
        if (layout == null) {
            return;
        }
        var g = layout.analysis().graph();
        int p;
        int position;
        if (!s.events().isEmpty()) {
            int e = g.indexOf(s.events().get(s.events().size() - 1));
            p = g.process(e);
            position = g.position(e) + 1;
        } else if (s.processProperty().get() != null) {
            p = g.diagram().processIndex(s.processProperty().get());
            position = g.eventsOn(p);
        } else {
            report("select a process or an event first: the new event goes after it");
            return;
        }
        GestureEdits.NewEvent add = new GestureEdits(layout).insertEventAt(p, position);
        String refused = editor.run(add.edit());
        report(refused);
        if (refused == null) {
            editor.selection().selectEvent(add.id());
        }
    }

    /**
     * A click on a line, or the canvas menu's "Add event here": a new event on process p at drawn time t,
     * selected. The picture stays still: the view stops following the drawing's bounds, and the event
     * below the new one (or, when it is the first on its line, the new one itself in physical time and the
     * line's start in logical time) stays on the same pixel, so the next click lands where it is aimed.
     */
    static String addEventAt(Editor editor, DiagramCanvas canvas, int p, double t) {
        DiagramLayout before = editor.layout();
        var g = before.analysis().graph();
        int position = HitTest.insertionPosition(before, p, t);
        String below = position > 0 ? g.id(g.start(p) + position - 1) : null;
        // In logical time the new event goes at its clock, not under the pointer: the line's start holds still then.
        boolean logical = before.timeMode() == dev.spacetime.layout.TimeMode.LOGICAL;
        double still = logical ? before.firstTime() : t;
        Viewport v = canvas.viewport();
        double wasX = v.toPixelX(below != null ? before.eventX(g.start(p) + position - 1) : before.x(p, still));
        double wasY = v.toPixelY(below != null ? before.eventY(g.start(p) + position - 1) : before.y(p, still));
        GestureEdits.NewEvent add = new GestureEdits(before).insertEvent(p, t);
        String refused = GestureEdits.refusalInWords(add.edit(), editor.run(add.edit()));
        if (refused != null) {
            return refused;
        }
        DiagramLayout after = editor.layout();
        double nowX;
        double nowY;
        if (below != null || !logical) {
            int anchor = after.analysis().indexOf(below != null ? below : add.id());
            nowX = after.eventX(anchor);
            nowY = after.eventY(anchor);
        } else {
            nowX = after.x(p, still);
            nowY = after.y(p, still);
        }
        v.panBy(wasX - v.toPixelX(nowX), wasY - v.toPixelY(nowY));
        canvas.repaint();
        editor.selection().selectEvent(add.id());
        return null;
    }

    /**
     * Edit → Renumber events: every id of the form process-and-number gets the number of its place
     * along its line, as one step of undo; step notes, fields and bars follow their events.
     */
    public void renumberEvents() {
        if (editor.document() == null) {
            return;
        }
        EventNumbers.Renumbering r = EventNumbers.renumber(editor.document().diagram());
        report(r.refusal() != null ? r.refusal() : editor.run(r.edit()));
    }

    /**
     * Edit → Send a message: from the selected event, to the line or event clicked next (Esc
     * cancels). The message is one step of undo, its receive made where missing.
     */
    public void sendMessage() {
        Selection s = editor.selection();
        if (editor.layout() == null) {
            return;
        }
        if (s.events().isEmpty()) {
            report("select the event that sends first (click it)");
            return;
        }
        sends.start(s.events().get(s.events().size() - 1));
    }

    public void addProcess() {
        Diagram d = editor.document().diagram();
        String name = NewNames.process(d);
        String refused = editor.run(new AddProcess(d.processCount(), name));
        report(refused);
        if (refused == null) {
            editor.selection().selectProcess(name);
        }
    }

    /** Moves the selected process one place left (-1) or right (+1) among the lines. */
    public void moveProcess(int by) {
        String name = editor.selection().processProperty().get();
        if (name == null) {
            report("select a process first (click its name)");
            return;
        }
        int to = editor.document().diagram().processIndex(name) + by;
        if (to < 0 || to >= editor.document().diagram().processCount()) {
            report(name + " is already at the " + (by < 0 ? "start" : "end"));
            return;
        }
        report(editor.run(new MoveProcess(name, to)));
    }

    /** Hides the selected process; what happened through it is shown as implied arcs. */
    public void hideProcess() {
        String name = editor.selection().processProperty().get();
        if (name == null) {
            report("select a process first (click its name)");
            return;
        }
        if (editor.view().hidden.size() + 1 >= editor.document().diagram().processCount()) {
            report("at least one process stays shown");
            return;
        }
        editor.selection().clear();
        editor.view().hidden.add(name);
    }

    public void showAllProcesses() {
        editor.view().hidden.clear();
    }

    public void toggleExternal() {
        MessageRef m = editor.selection().messageProperty().get();
        if (m == null) {
            report("select a message first (click its arrow)");
            return;
        }
        Diagram d = editor.document().diagram();
        report(editor.run(new SetMessageExternal(m.from(), m.to(), !d.isExternal(m.find(d)))));
    }

    /** F2: rename the selected event or process, or label the selected message, in place. */
    public void rename() {
        Selection s = editor.selection();
        if (editor.layout() == null) {
            return;
        }
        var layout = editor.layout();
        var g = layout.analysis().graph();
        Viewport v = canvas.viewport();
        if (!s.events().isEmpty()) {
            int e = g.indexOf(s.events().get(s.events().size() - 1));
            inline.renameEvent(g.id(e), v.toPixelX(layout.eventX(e)) + 12, v.toPixelY(layout.eventY(e)));
        } else if (s.processProperty().get() != null) {
            int p = g.diagram().processIndex(s.processProperty().get());
            inline.renameProcess(s.processProperty().get(), v.toPixelX(layout.x(p, layout.startTime())),
                    v.toPixelY(layout.y(p, layout.startTime())));
        } else if (s.messageProperty().get() != null) {
            MessageRef m = s.messageProperty().get();
            int r = g.indexOf(m.to());
            inline.labelMessage(m, v.toPixelX(layout.eventX(r)), v.toPixelY(layout.eventY(r)));
        }
    }

    /** "Set my clock…": type the selected event's own clock value at its dot. */
    public void setMyClock() {
        var layout = editor.layout();
        if (layout == null) {
            return;
        }
        if (editor.selection().events().isEmpty()) {
            report("select an event first (click it)");
            return;
        }
        var g = layout.analysis().graph();
        int e = g.indexOf(editor.selection().events().get(editor.selection().events().size() - 1));
        Viewport v = canvas.viewport();
        inline.setMyClock(g.id(e), v.toPixelX(layout.eventX(e)) + 12, v.toPixelY(layout.eventY(e)));
    }

    /** Edit → Clear my clocks: the diagram's own clock assignment goes, as one step of undo. */
    public void clearMyClocks() {
        if (editor.document() != null) {
            report(editor.run(new RemoveClockAssignment()));
        }
    }

    private void report(String refused) {
        if (refused != null) {
            var p = canvas.localToScreen(canvas.getWidth() / 2, 40);
            feedback.refuse(refused, p == null ? 0 : p.getX(), p == null ? 0 : p.getY());
        }
    }
}
