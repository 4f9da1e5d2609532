package dev.spacetime.app.panels;

import dev.spacetime.app.document.DocumentView;
import dev.spacetime.app.document.Feedback;
import dev.spacetime.app.document.Player;
import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.step.Linearization;
import dev.spacetime.step.Replay;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The step-through controls, shown under the canvas while stepping: the order, start, back,
 * play/pause, forward, end, a scrubber, the speed, the step explained in the paper's terms and every
 * process's clock register.
 */
public final class StepBar {
    private final DocumentView doc;
    private final Player player;
    private final Feedback feedback;
    private final VBox box = new VBox(4);
    // The paper's C_P, typeset with its subscript.
    private final PaperText explanation = new PaperText();
    private final PaperText registers = new PaperText();
    // The bar holds a fixed number of lines: what does not fit is read whole by hovering over it.
    private final Tooltip explanationWhole = wholeText();
    private final Tooltip registersWhole = wholeText();
    private final Label position = new Label();
    private final HBox controls;
    private final Slider scrubber = new Slider(0, 1, 0);
    private final ToggleButton play = new ToggleButton("▶ Play");
    private final Timeline clock = new Timeline();
    private boolean syncing;

    public StepBar(DocumentView doc, Feedback feedback) {
        this.doc = doc;
        this.player = doc.player();
        this.feedback = feedback;
        box.setId("step-bar");
        explanation.setId("step-explanation");
        registers.setId("step-registers");
        Tooltip.install(explanation, explanationWhole);
        Tooltip.install(registers, registersWhole);
        position.setId("step-position");
        box.setPadding(new Insets(6, 10, 6, 10));
        box.setStyle("-fx-background-color: #f4f4f4; -fx-border-color: #cccccc; -fx-border-width: 1 0 0 0;");

        ChoiceBox<Linearization.Kind> kind = new ChoiceBox<>();
        kind.getItems().addAll(Linearization.Kind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(Linearization.Kind k) {
                return k == null ? "" : name(k);
            }

            @Override
            public Linearization.Kind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(player.kind);
        Button start = button("⇤ Start", "To the start (Home)", player::toStart);
        Button back = button("◀ Back", "Step back (←)", player::back);
        Button forward = button("Step ▶", "Step forward (→)", this::forward);
        Button end = button("End ⇥", "To the end (End)", player::toEnd);
        play.setOnAction(e -> setPlaying(play.isSelected()));
        Slider speed = new Slider(0.25, 8, player.speed.get());
        speed.setPrefWidth(90);
        speed.valueProperty().bindBidirectional(player.speed);
        scrubber.setBlockIncrement(1);
        scrubber.setMajorTickUnit(1);
        scrubber.setSnapToTicks(true);
        scrubber.setId("step-scrubber");
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        scrubber.valueProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                player.seek((int) Math.round(now.doubleValue()));
            }
        });
        controls = new HBox(6, new Label("Order:"), kind, start, back, play, forward, end, position, scrubber,
                new Label("Speed"), speed);
        controls.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(controls, explanation, registers);
        present(false, 1);
        box.visibleProperty().bind(player.active);
        box.managedProperty().bind(player.active);
        player.active.addListener((obs, was, now) -> {
            if (!now) {
                setPlaying(false);
            }
        });
        player.speed.addListener(obs -> {
            if (play.isSelected()) {
                setPlaying(true);
            }
        });
        doc.onRefresh(this::update);
    }

    public VBox node() {
        return box;
    }

    /**
     * In presentation mode only the step's explanation and the clock registers are shown, in type
     * {@code factor} times their usual size, to be read across a room; the controls are put away (the
     * keys still step).
     */
    public void present(boolean on, double factor) {
        double scale = on ? factor : 1;
        controls.setVisible(!on);
        controls.setManaged(!on);
        Font text = Font.font(Font.getDefault().getFamily(), 15 * scale);
        Font mono = Font.font("DejaVu Sans Mono", 14 * scale);
        explanation.setFont(text);
        registers.setFont(mono);
        // Room for a fixed number of lines whatever the step says, so that the canvas above does not
        // jump each time an explanation wraps; a longer one is cut off rather than growing.
        fixLines(explanation, text, on ? 3 : 2);
        fixLines(registers, mono, on ? 2 : 1);
    }

    /** Makes a text exactly {@code lines} lines of this font high. */
    private static void fixLines(PaperText flow, Font font, int lines) {
        Text probe = new Text("Xg\n".repeat(lines - 1) + "Xg");
        probe.setFont(font);
        // A little over the text's own height, with room for a subscript below the last line.
        double h = Math.ceil(probe.getLayoutBounds().getHeight() + font.getSize() * PaperText.SUBSCRIPT_DROP / 2) + 4;
        flow.setMinHeight(h);
        flow.setPrefHeight(h);
        flow.setMaxHeight(h);
    }

    public String explanation() {
        return explanation.getText();
    }

    public String registers() {
        return registers.getText();
    }

    public static String name(Linearization.Kind k) {
        return switch (k) {
            case TOTAL_ORDER -> "total order ⇒";
            case EXACT_TOTAL_ORDER -> "⇒ exactly, as the system sees it";
            case PHYSICAL_TIME -> "physical time";
            case BY_HAND -> "by hand (pick the next event)";
        };
    }

    public void forward() {
        String why = player.forward();
        if (why != null) {
            var p = box.localToScreen(box.getWidth() / 2, 0);
            feedback.refuse(why, p == null ? 0 : p.getX(), p == null ? 0 : p.getY());
        }
    }

    public void togglePlay() {
        player.active.set(true);
        setPlaying(!play.isSelected());
    }

    private void setPlaying(boolean on) {
        play.setSelected(on);
        play.setText(on ? "❚❚ Pause" : "▶ Play"); // ⏸ is in none of the fonts a class machine is sure to have
        clock.stop();
        if (on) {
            if (player.atEnd()) {
                player.toStart(); // play from the beginning again rather than doing nothing
            }
            clock.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1 / player.speed.get()), e -> {
                if (player.cursor() >= player.length()) {
                    setPlaying(false);
                } else {
                    player.forward();
                }
            }));
            clock.setCycleCount(Timeline.INDEFINITE);
            clock.play();
        }
    }

    private Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        b.setOnAction(e -> {
            player.active.set(true);
            action.run();
        });
        b.setFocusTraversable(false);
        return b;
    }

    private void update() {
        if (!player.active.get()) {
            return;
        }
        Replay replay = player.replay();
        if (replay == null) {
            return;
        }
        syncing = true;
        scrubber.setMax(Math.max(1, player.length()));
        scrubber.setValue(player.cursor());
        syncing = false;
        position.setText(player.cursor() + " / " + player.length());
        boolean vectors = doc.view().clockLabels.get() == ClockLabels.VECTOR;
        String text = replay.explanation(vectors);
        if (player.kind.get() == Linearization.Kind.BY_HAND && player.cursor() >= player.length()
                && !player.enabled().isEmpty()) {
            text += "   —   Next: click one of the ringed events.";
        }
        explanation.setText(text);
        setWhole(explanationWhole, text);
        StringBuilder sb = new StringBuilder();
        var d = replay.analysis().graph().diagram();
        for (int p = 0; p < d.processCount(); p++) {
            sb.append(p == 0 ? "" : "    ").append("C_").append(d.processName(p)).append(" = ").append(replay.clock(p));
            if (vectors) {
                sb.append(" ").append(java.util.Arrays.toString(replay.vector(p)).replace(" ", ""));
            }
            int last = replay.lastOn(p);
            String note = last < 0 ? null : d.annotations().stepNote(replay.analysis().id(last));
            if (note != null) {
                sb.append(" (").append(note).append(')');
            }
        }
        registers.setText(sb.toString());
        setWhole(registersWhole, sb.toString().replace("    ", "\n"));
    }

    /**
     * A tooltip that gives a long text whole, wrapped, with the paper's C_P typeset as in the bar
     * (its text is the {@link PaperText} it shows).
     */
    private static Tooltip wholeText() {
        PaperText whole = new PaperText();
        whole.setMaxWidth(640);
        whole.setPrefWidth(640);
        Tooltip tip = new Tooltip();
        tip.setGraphic(whole);
        tip.setStyle("-fx-background-color: #fffdf2; -fx-border-color: #b0b0b0; -fx-padding: 6;");
        tip.setShowDelay(javafx.util.Duration.millis(300));
        return tip;
    }

    private static void setWhole(Tooltip tip, String text) {
        ((PaperText) tip.getGraphic()).setText(text);
    }
}
