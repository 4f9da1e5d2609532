package dev.spacetime.app.practice;

import dev.spacetime.exercise.Difficulty;
import dev.spacetime.exercise.Exercise;
import dev.spacetime.exercise.ExerciseGenerator;
import dev.spacetime.exercise.QuestionKind;
import dev.spacetime.model.Diagram;
import java.util.Optional;
import java.util.SplittableRandom;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The questions Practice asks before an exercise opens: New exercise… (the kind, how many processes,
 * events and messages, multicasts and external messages, and the seed a class shares) and Practise on
 * this diagram (the kind). A choice no exercise can be made from is refused in the dialog, with the reason.
 */
public final class ExerciseDialogs {
    private static final SplittableRandom SEEDS = new SplittableRandom();
    private final Window owner;
    private QuestionKind lastKind = QuestionKind.LAMPORT;

    public ExerciseDialogs(Window owner) {
        this.owner = owner;
    }

    /** A generated exercise, or empty when cancelled. */
    public Optional<Exercise> newExercise() {
        ChoiceBox<QuestionKind> kind = kinds();
        Spinner<Integer> processes = spinner(Difficulty.LEAST_PROCESSES, Difficulty.MOST_PROCESSES, 3, "exercise-processes");
        Spinner<Integer> events = spinner(Difficulty.LEAST_EVENTS, Difficulty.MOST_EVENTS, 10, "exercise-events");
        Spinner<Integer> messages = spinner(0, Difficulty.MOST_EVENTS, 3, "exercise-messages");
        CheckBox multicasts = new CheckBox("Multicasts (one send to several processes)");
        CheckBox external = new CheckBox("External messages (section 5: the clocks do not see them)");
        TextField seed = new TextField(Long.toString(newSeed()));
        seed.setId("exercise-seed");
        Button fresh = new Button("New seed");
        fresh.setOnAction(e -> seed.setText(Long.toString(newSeed())));
        GridPane grid = grid();
        grid.addRow(0, new Label("Question"), kind);
        grid.addRow(1, new Label("Processes"), processes);
        grid.addRow(2, new Label("Events"), events);
        grid.addRow(3, new Label("Messages"), messages);
        grid.add(multicasts, 1, 4);
        grid.add(external, 1, 5);
        grid.addRow(6, new Label("Seed (the same seed gives the same exercise)"), new HBox(6, seed, fresh));
        Exercise[] made = new Exercise[1];
        return ask("New exercise", grid, () -> {
            long s;
            try {
                s = Long.parseLong(seed.getText().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the seed is a whole number, not \"" + seed.getText().strip() + "\"");
            }
            made[0] = ExerciseGenerator.generate(kind.getValue(), s, new Difficulty(typed(processes, "processes"),
                    typed(events, "events"), typed(messages, "messages"), multicasts.isSelected(), external.isSelected()));
            lastKind = kind.getValue();
            return made[0];
        });
    }

    /** An exercise on the open diagram (its clocks to be hidden), or empty when cancelled. */
    public Optional<Exercise> onDiagram(Diagram diagram) {
        ChoiceBox<QuestionKind> kind = kinds();
        GridPane grid = grid();
        grid.addRow(0, new Label("Question"), kind);
        grid.addRow(1, new Label("Its clocks are hidden until you answer."));
        return ask("Practise on this diagram", grid, () -> {
            Exercise ex = ExerciseGenerator.fromDiagram(diagram, kind.getValue(), newSeed());
            lastKind = kind.getValue();
            return ex;
        });
    }

    private interface Making {
        Exercise make();
    }

    private Optional<Exercise> ask(String title, GridPane grid, Making making) {
        Dialog<Exercise> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        Label problem = new Label();
        problem.setId("exercise-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        problem.setStyle("-fx-text-fill: #b5341b;");
        grid.add(problem, 0, grid.getRowCount(), 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Exercise[] made = new Exercise[1];
        // A choice no exercise fits keeps the dialog open with the reason.
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                made[0] = making.make();
            } catch (IllegalArgumentException refused) {
                problem.setText("No exercise: " + refused.getMessage() + ".");
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? made[0] : null);
        return dialog.showAndWait();
    }

    private ChoiceBox<QuestionKind> kinds() {
        ChoiceBox<QuestionKind> kind = new ChoiceBox<>();
        kind.setId("exercise-kind");
        kind.getItems().setAll(QuestionKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(QuestionKind k) {
                return k == null ? "" : k.title().substring(0, 1).toUpperCase() + k.title().substring(1);
            }

            @Override
            public QuestionKind fromString(String s) {
                return null;
            }
        });
        kind.setValue(lastKind);
        return kind;
    }

    private static Spinner<Integer> spinner(int least, int most, int value, String id) {
        Spinner<Integer> s = new Spinner<>(least, most, value);
        s.setEditable(true);
        s.setId(id);
        s.setPrefWidth(90);
        return s;
    }

    /**
     * The number typed in a spinner, as typed: a spinner takes what is typed only on Enter, and OK must
     * not make an exercise from the number shown before.
     */
    private static int typed(Spinner<Integer> spinner, String what) {
        String text = spinner.getEditor().getText().strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the number of " + what + " is a whole number, not \"" + text + "\"");
        }
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    /** A seed short enough to read out to a class. */
    private static long newSeed() {
        return 1 + SEEDS.nextInt(99_999);
    }
}
