package dev.spacetime.app.practice;

import dev.spacetime.app.canvas.DiagramCanvas;
import dev.spacetime.app.document.Document;
import dev.spacetime.app.document.Editor;
import dev.spacetime.app.document.Feedback;
import dev.spacetime.exercise.Exercise;
import dev.spacetime.exercise.Marking;
import dev.spacetime.exercise.QuestionKind;
import dev.spacetime.exercise.Relation;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.HitTest;
import dev.spacetime.lod.Viewport;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;

/**
 * Practice mode: an exercise opened in a document of its own, answered on the diagram. A click on a dot
 * types its clock, toggles it in a cone or puts it next in an order; keys 1, 2, 3 choose a relation;
 * Check marks the answer and rings each event right or wrong. The diagram is not edited meanwhile (the
 * editor refuses, saying why), and leaving goes back to the diagram that was open before, as it was.
 */
public final class Practice {
    /** Pointer slack, in pixels, for hitting a dot. */
    private static final double TOLERANCE = 9;

    private final Editor editor;
    private final DiagramCanvas canvas;
    private final Feedback feedback;
    private final ClockField field;
    private final PracticePanel panel;
    private final ReadOnlyObjectWrapper<PracticeSession> session = new ReadOnlyObjectWrapper<>();
    private Document own;
    private Document before;
    private Marking.Item focus;

    /** @param layer the pane over the canvas where the clock field is laid at a dot */
    public Practice(Editor editor, DiagramCanvas canvas, Pane layer, Feedback feedback) {
        this.editor = editor;
        this.canvas = canvas;
        this.feedback = feedback;
        this.field = new ClockField(layer, editor, canvas, feedback, this::typed, id -> session.get().typed(id));
        this.panel = new PracticePanel(this);
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        // Ctrl+Enter checks from the clock field too, which would otherwise take Enter as its own.
        layer.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && session.get() != null) {
                e.consume();
                check();
            }
        });
        editor.documentProperty().addListener((obs, old, now) -> {
            if (session.get() != null && now != own) {
                end(); // another diagram was opened: the exercise is left behind
            }
        });
        // Stepping through would show the registers C_i, the very answers: practice does not step.
        editor.player().active.addListener((obs, was, now) -> {
            if (now && session.get() != null) {
                editor.player().active.set(false);
                feedback.done("Stepping through would show the clocks: Practice → Leave practice first");
            }
        });
    }

    /** The exercise being answered, or null when none is open. */
    public ReadOnlyObjectProperty<PracticeSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public PracticeSession session() {
        return session.get();
    }

    public PracticePanel panel() {
        return panel;
    }

    /** Opens the exercise in a document of its own; the diagram open now comes back on leaving. */
    public void start(Exercise exercise) {
        if (session.get() == null) {
            before = editor.document();
        }
        field.close();
        editor.view().practice.set(null);
        editor.view().collapseRuns.set(false); // every event is answered at its own dot
        own = new Document(exercise.diagram().copy(), null);
        focus = null;
        session.set(new PracticeSession(exercise));
        editor.open(own);
        redraw();
        feedback.done("Practice: " + exercise.questionText());
    }

    /** Goes back to the diagram that was open before, as it was. */
    public void leave() {
        if (session.get() == null) {
            return;
        }
        Document back = before;
        end();
        if (back != null) {
            editor.open(back);
        }
    }

    private void end() {
        field.close();
        session.set(null);
        own = null;
        before = null;
        focus = null;
        editor.view().practice.set(null);
        panel.update();
    }

    /** Marks the answer (Ctrl+Enter). */
    public void check() {
        PracticeSession s = session.get();
        if (s == null) {
            return;
        }
        field.commitQuietly();
        if (s.check() == null) {
            s.nextHint();
            feedback.done("Nothing to check yet: " + s.unanswered());
        }
        focus = s.marking() == null || s.marking().allRight() ? null : s.marking().wrong().get(0);
        changed();
        // A wrong relation: the pair selected, so the selection layer draws the chain that decides it.
        if (s.kind() == QuestionKind.RELATION && s.marking() != null && !s.marking().allRight()) {
            editor.selection().selectEvent(s.exercise().question().marked().get(0));
            editor.selection().toggleEvent(s.exercise().question().marked().get(1));
        }
    }

    /** One rule for the next thing to fix. */
    public void hint() {
        if (session.get() != null) {
            field.commitQuietly();
            session.get().nextHint();
            changed();
        }
    }

    public void showAnswer() {
        if (session.get() != null) {
            field.close();
            session.get().showAnswer();
            focus = null;
            changed();
        }
    }

    /** Takes back the last change of the answer; false when there was none. */
    public boolean undo() {
        if (session.get() == null || !session.get().undo()) {
            return false;
        }
        changed();
        return true;
    }

    public void choose(Relation r) {
        if (session.get() != null && session.get().kind() == QuestionKind.RELATION) {
            session.get().choose(r);
            changed();
        }
    }

    public void choose(boolean possible) {
        if (session.get() != null && session.get().kind() == QuestionKind.LINEARIZATION) {
            session.get().choose(possible);
            changed();
        }
    }

    /** A click on an event's dot, or an order's event picked from the panel. */
    public void click(String id) {
        PracticeSession s = session.get();
        if (s == null) {
            return;
        }
        switch (s.kind()) {
            case LAMPORT, VECTOR -> field.open(id, s.typed(id), s.kind() == QuestionKind.VECTOR);
            case CONE, ORDER -> {
                s.click(id);
                changed();
            }
            default -> feedback.done(s.kind() == QuestionKind.RELATION
                    ? "Answer with keys 1 (a → b), 2 (b → a) or 3 (a ‖ b), or the buttons below"
                    : "Answer with the buttons below: possible or impossible");
        }
    }

    /** Reads the explanation of a wrong item, its event ringed. */
    public void focus(Marking.Item item) {
        focus = item;
        redraw();
    }

    /** What was typed at a dot: null when taken, else why not. */
    private String typed(String id, String text) {
        try {
            session.get().type(id, text);
        } catch (IllegalArgumentException refused) {
            return refused.getMessage();
        }
        changed();
        return null;
    }

    private void changed() {
        redraw();
        panel.update();
    }

    private void redraw() {
        PracticeSession s = session.get();
        if (s != null && editor.analysis() != null) {
            editor.view().practice.set(PracticeMarksOf.of(s, editor.analysis(), focus));
        }
        panel.update();
    }

    private HitTest.Hit hit(MouseEvent e) {
        DiagramLayout layout = editor.layout();
        if (layout == null) {
            return null;
        }
        Viewport v = canvas.viewport();
        return HitTest.at(layout, v.toPageX(e.getX()), v.toPageY(e.getY()), TOLERANCE / v.scale());
    }

    // A primary press on a dot is the exercise's: it answers, and neither selects nor edits. Other presses
    // (on empty space to pan, on a line) go on to the canvas, whose edits the editor refuses with the reason.
    private void pressed(MouseEvent e) {
        if (session.get() == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        HitTest.Hit h = hit(e);
        if (h != null && h.kind() == HitTest.Kind.EVENT) {
            e.consume();
            canvas.requestFocus();
            click(editor.analysis().id(h.event()));
        }
    }

    private void released(MouseEvent e) {
        if (session.get() != null && e.getButton() == MouseButton.PRIMARY) {
            HitTest.Hit h = hit(e);
            if (h != null && h.kind() == HitTest.Kind.EVENT) {
                e.consume();
            }
        }
    }

    private void key(KeyEvent e) {
        PracticeSession s = session.get();
        if (s == null || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode k = e.getCode();
        if (s.kind() == QuestionKind.RELATION && (k == KeyCode.DIGIT1 || k == KeyCode.NUMPAD1)) {
            choose(Relation.BEFORE);
        } else if (s.kind() == QuestionKind.RELATION && (k == KeyCode.DIGIT2 || k == KeyCode.NUMPAD2)) {
            choose(Relation.AFTER);
        } else if (s.kind() == QuestionKind.RELATION && (k == KeyCode.DIGIT3 || k == KeyCode.NUMPAD3)) {
            choose(Relation.CONCURRENT);
        } else if (s.kind() == QuestionKind.LINEARIZATION && (k == KeyCode.Y || k == KeyCode.N)) {
            choose(k == KeyCode.Y);
        } else {
            return;
        }
        e.consume();
    }
}
