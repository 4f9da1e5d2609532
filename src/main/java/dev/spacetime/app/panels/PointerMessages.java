package dev.spacetime.app.panels;

import dev.spacetime.app.document.DocumentView;
import dev.spacetime.app.document.Feedback;
import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.drawing.EventText;
import dev.spacetime.layout.HitTest;
import dev.spacetime.model.Diagram;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Popup;
import javafx.util.Duration;

/**
 * Words at the pointer: why an edit was refused (a short note that fades after a few seconds, and is
 * also kept in the status bar), and what the pointer is over (clocks, label, time).
 */
public final class PointerMessages implements Feedback {
    private final Node owner;
    private final DocumentView doc;
    private final Popup refusal = new Popup();
    private final Label refusalText = new Label();
    private final PauseTransition refusalTimer = new PauseTransition(Duration.seconds(4));
    private final Tooltip hover = new Tooltip();
    private final StatusLine status;
    private String lastRefusal;

    public PointerMessages(Node owner, DocumentView doc, StatusLine status) {
        this.owner = owner;
        this.doc = doc;
        this.status = status;
        refusalText.setId("refusal");
        refusalText.setWrapText(true);
        refusalText.setMaxWidth(380);
        refusalText.setStyle("-fx-background-color: #fff3e0; -fx-border-color: #d55e00; -fx-border-width: 1.5;"
                + " -fx-padding: 6 10 6 10; -fx-font-size: 13px; -fx-text-fill: #222;");
        refusal.getContent().add(refusalText);
        refusal.setAutoHide(true);
        refusal.setConsumeAutoHidingEvents(false); // the click that hides the note still does its job
        hover.setConsumeAutoHidingEvents(false);
        refusalTimer.setOnFinished(e -> refusal.hide());
        hover.setShowDelay(Duration.ZERO);
        hover.setId("hover-tip");
        doc.onRefresh(hover::hide); // what it described may have moved or gone
    }

    @Override
    public void refuse(String reason, double screenX, double screenY) {
        lastRefusal = reason;
        refusalText.setText("Not done: " + reason);
        status.setMessage("Not done: " + reason);
        if (owner.getScene() != null && owner.getScene().getWindow() != null
                && owner.getScene().getWindow().isShowing()) {
            refusal.show(owner.getScene().getWindow(), screenX + 14, screenY + 10);
        }
        refusalTimer.playFromStart();
    }

    @Override
    public void done(String what) {
        status.setMessage(what);
    }

    /** The last reason shown, for tests and the status bar. */
    public String lastRefusal() {
        return lastRefusal;
    }

    @Override
    public void hover(HitTest.Hit hit, double screenX, double screenY) {
        String text = hit == null ? null : describe(hit);
        if (text == null) {
            hover.hide();
            return;
        }
        hover.setText(text);
        if (owner.getScene() != null && owner.getScene().getWindow() != null
                && owner.getScene().getWindow().isShowing()) {
            hover.show(owner, screenX + 14, screenY + 18);
        }
    }

    String hoverText() {
        return hover.isShowing() ? hover.getText() : null;
    }

    /** Whether event e's clocks are kept back: stepping with the clocks of events still to come hidden, and it is one. */
    private boolean secret(int e) {
        return doc.clocksKeptBack(e);
    }

    private String describe(HitTest.Hit hit) {
        Analysis a = doc.analysis();
        if (a == null) {
            return null;
        }
        EventGraph g = a.graph();
        Diagram d = g.diagram();
        switch (hit.kind()) {
            case EVENT:
                return secret(hit.event()) ? g.id(hit.event()) + " on " + d.processName(g.process(hit.event()))
                        + ": still to come" : EventText.title(a, hit.event());
            case MESSAGE: {
                int r = hit.event();
                int s = hit.sender();
                int h = d.messageBetween(g.handle(s), g.handle(r));
                String label = d.messageLabel(h);
                return (d.isExternal(h) ? "External message " : "Message ") + g.id(s) + " → " + g.id(r)
                        + (label == null ? "" : " \"" + label + "\"") + "\nsent at C=" + (secret(s) ? "?" : a.lamport(s))
                        + " (Tm), received at C=" + (secret(r) ? "?" : a.lamport(r));
            }
            case PROCESS:
                return "Click to add an event on " + d.processName(hit.process())
                        + "; drag to another line to send a message";
            case PROCESS_NAME:
                return "Process " + d.processName(hit.process()) + ": click to select, double-click to rename";
            default:
                return null;
        }
    }
}
