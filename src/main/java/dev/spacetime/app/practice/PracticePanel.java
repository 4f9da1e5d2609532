package dev.spacetime.app.practice;

import dev.spacetime.exercise.Marking;
import dev.spacetime.exercise.QuestionKind;
import dev.spacetime.exercise.Relation;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The bar below the diagram while an exercise is open: the question, the buttons a kind needs (the
 * relation's 1/2/3, possible or impossible, the order given so far), Check, Hint and Show answer, and
 * after Check the score with every wrong item; clicking one rings its event and shows its explanation.
 */
public final class PracticePanel {
    /** The bar's height at the normal text size. */
    private static final double HEIGHT = 190;
    private final Practice practice;
    private final VBox box = new VBox(6);
    private final Label title = new Label();
    private final Label question = new Label();
    private final HBox controls = new HBox(8);
    private final Label score = new Label();
    private final Label summary = new Label();
    private final ListView<Marking.Item> wrong = new ListView<>();
    private final Label explanation = new Label();
    private final Label hint = new Label();
    private final ToggleButton[] relations = new ToggleButton[3];
    private final ToggleButton possible = new ToggleButton("Possible (Y)");
    private final ToggleButton impossible = new ToggleButton("Impossible (N)");
    private final Label order = new Label();
    private final javafx.scene.layout.FlowPane unplaced = new javafx.scene.layout.FlowPane(4, 4);
    private QuestionKind shownKind;

    PracticePanel(Practice practice) {
        this.practice = practice;
        box.setId("practice-panel");
        box.setPadding(new Insets(8, 10, 8, 10));
        box.setStyle("-fx-background-color: #f4f1e8; -fx-border-color: #c9c2ad; -fx-border-width: 1 0 0 0;");
        title.setStyle("-fx-font-weight: bold;");
        title.setMinWidth(0);
        question.setId("practice-question");
        score.setId("practice-score");
        summary.setId("practice-summary");
        wrong.setId("practice-wrong");
        explanation.setId("practice-explanation");
        hint.setId("practice-hint");
        order.setId("practice-order");
        for (Label l : new Label[] {question, summary, explanation, hint, order}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        score.setStyle("-fx-font-weight: bold;");
        Relation[] rs = Relation.values();
        for (int k = 0; k < rs.length; k++) {
            Relation r = rs[k];
            relations[k] = new ToggleButton((k + 1) + "   " + r.symbol());
            relations[k].setId("relation-" + (k + 1));
            relations[k].setOnAction(e -> practice.choose(r));
            relations[k].setFocusTraversable(false);
        }
        possible.setId("possible");
        impossible.setId("impossible");
        possible.setOnAction(e -> practice.choose(true));
        impossible.setOnAction(e -> practice.choose(false));
        wrong.setPrefHeight(60);
        // The list keeps its room before the first Check, so checking does not move the diagram.
        Label none = new Label("Check lists here what is wrong, each with the rule that gives the right answer.");
        none.setWrapText(true);
        wrong.setPlaceholder(none);
        wrong.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Marking.Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.subject() + ": " + item.given() + ", the answer is "
                        + item.expected());
            }
        });
        wrong.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            explanation.setText(item == null ? "" : item.explanation());
            if (item != null) {
                practice.focus(item);
            }
        });
        Button check = button("Check (Ctrl+Enter)", "practice-check", practice::check);
        Button hintButton = button("Hint", "practice-hint-button", practice::hint);
        Button show = button("Show answer", "practice-show", practice::showAnswer);
        Button leave = button("Leave practice", "practice-leave", practice::leave);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, title, gap, check, hintButton, show, leave);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox asked = new VBox(6, question, controls, score, summary, hint);
        VBox marked = new VBox(6, wrong, explanation);
        HBox.setHgrow(asked, Priority.ALWAYS);
        asked.setPrefWidth(520);
        marked.setPrefWidth(520);
        VBox.setVgrow(wrong, Priority.ALWAYS);
        HBox body = new HBox(14, asked, marked);
        VBox.setVgrow(body, Priority.ALWAYS);
        box.getChildren().setAll(top, body);
        present(1);
        update();
    }

    public Node node() {
        return box;
    }

    /** Larger text for a room: {@code factor} times the normal size. */
    public void present(double factor) {
        box.setStyle(box.getStyle().replaceAll("-fx-font-size: [0-9.]+px;", "") + "-fx-font-size: "
                + Math.round(13 * factor) + "px;");
        // One height whatever the answer and its marking say, so Check never moves the diagram.
        double height = HEIGHT * Math.min(factor, 1.4);
        box.setMinHeight(height);
        box.setPrefHeight(height);
        box.setMaxHeight(height);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false); // the keys stay with the diagram, where the answer is given
        b.setMinWidth(Region.USE_PREF_SIZE); // the title gives way, not the buttons
        return b;
    }

    /** Shows the session as it is now; hides the bar when no exercise is open. */
    void update() {
        PracticeSession s = practice.session();
        box.setVisible(s != null);
        box.setManaged(s != null);
        if (s == null) {
            shownKind = null;
            return;
        }
        title.setText(s.exercise().title());
        question.setText(s.exercise().questionText() + " " + how(s.kind()));
        if (shownKind != s.kind()) {
            shownKind = s.kind();
            controls.getChildren().clear();
            if (s.kind() == QuestionKind.RELATION) {
                controls.getChildren().addAll(relations);
            } else if (s.kind() == QuestionKind.LINEARIZATION) {
                controls.getChildren().addAll(possible, impossible);
            } else if (s.kind() == QuestionKind.ORDER) {
                VBox orderBox = new VBox(4, new HBox(8, order, button("Take back the last", "order-back", () -> {
                    var given = s.given().order();
                    if (!given.isEmpty()) {
                        practice.click(given.get(given.size() - 1));
                    }
                })), unplaced);
                controls.getChildren().add(orderBox);
            }
            controls.setVisible(!controls.getChildren().isEmpty());
            controls.setManaged(!controls.getChildren().isEmpty());
        }
        for (int k = 0; k < relations.length; k++) {
            relations[k].setSelected(s.given().relation() == Relation.values()[k]);
        }
        possible.setSelected(Boolean.TRUE.equals(s.given().possible()));
        impossible.setSelected(Boolean.FALSE.equals(s.given().possible()));
        order.setText("Your order: " + (s.given().order().isEmpty() ? "(click the events in order)"
                : String.join(" ⇒ ", s.given().order())));
        if (s.kind() == QuestionKind.ORDER) {
            showUnplaced(s);
        }
        Marking m = s.marking();
        score.setText(m == null ? "" : s.scoreText() + (m.allRight() ? ": all right." : "."));
        // A summary line that only repeats a wrong item's explanation (a relation's, say) is shown once, below the list.
        summary.setText(m == null ? "" : String.join("\n", m.summary().stream()
                .filter(line -> m.wrong().stream().noneMatch(i -> i.explanation().equals(line))).toList()));
        var items = m == null ? java.util.List.<Marking.Item>of() : m.wrong();
        if (!wrong.getItems().equals(items)) {
            wrong.getItems().setAll(items);
            if (!items.isEmpty()) {
                wrong.getSelectionModel().select(0);
            } else {
                explanation.setText("");
            }
        }
        hint.setText(s.hint() == null ? "" : "Hint: " + s.hint());
    }

    /** The events not yet placed, in the diagram's order, as buttons that place them next. */
    private void showUnplaced(PracticeSession s) {
        unplaced.getChildren().clear();
        var d = s.exercise().diagram();
        for (int p = 0; p < d.processCount(); p++) {
            for (int k = 0; k < d.eventCount(p); k++) {
                String id = d.eventId(d.eventAt(p, k));
                if (!s.given().order().contains(id)) {
                    Button b = button(id, null, () -> practice.click(id));
                    b.setId(null);
                    unplaced.getChildren().add(b);
                }
            }
        }
    }

    private static String how(QuestionKind kind) {
        return switch (kind) {
            case LAMPORT -> "Click a dot and type C; Enter or Tab moves up the process, Shift+Tab back.";
            case VECTOR -> "Click a dot and type V as [1,0,2]; Enter or Tab moves up the process, Shift+Tab back.";
            case RELATION -> "Keys 1, 2, 3 or the buttons.";
            case CONE -> "Click the events; click again to take one out.";
            case ORDER -> "Click the events in order, on the diagram or below; clicking a placed event takes it and those "
                    + "after it back.";
            case LINEARIZATION -> "Keys Y, N or the buttons.";
        };
    }
}
