package dev.spacetime.app.dialogs;

import dev.spacetime.app.document.Document;
import dev.spacetime.app.document.Editor;
import dev.spacetime.app.files.FileActions;
import dev.spacetime.model.Diagram;
import dev.spacetime.sim.anomaly.AnomalyRun;
import dev.spacetime.sim.anomaly.AnomalyScenario;
import dev.spacetime.sim.anomaly.PhysicalRemedyParameters;
import dev.spacetime.sim.anomaly.Remedy;
import dev.spacetime.sim.mutex.MutexCheck;
import dev.spacetime.sim.mutex.MutexParameters;
import dev.spacetime.sim.mutex.MutexRun;
import dev.spacetime.sim.mutex.MutexSimulation;
import dev.spacetime.sim.mutex.Variant;
import dev.spacetime.sim.recipe.PhysicalAnomaly;
import dev.spacetime.sim.recipe.SimulationRecipe;
import dev.spacetime.sim.replica.ReplicaCheck;
import dev.spacetime.sim.replica.ReplicaParameters;
import dev.spacetime.sim.replica.ReplicaRun;
import dev.spacetime.sim.replica.ReplicaSimulation;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The Simulate menu's dialogs for sections 4 (mutual exclusion, the replicated state machine) and 5: parameters in, a new diagram out (unsaved, its
 * parameters kept in it), with the outcome in the paper's words; and any simulation's diagram run
 * again from the parameters it keeps.
 */
public final class SimulationDialogs {
    private final Window owner;
    private final Editor editor;
    private final FileActions files;

    public SimulationDialogs(Window owner, Editor editor, FileActions files) {
        this.owner = owner;
        this.editor = editor;
        this.files = files;
    }

    public void mutualExclusion() {
        MutexParameters d = MutexParameters.defaults();
        Spinner<Integer> processes = new Spinner<>(2, 26, d.processes());
        Spinner<Integer> requests = new Spinner<>(1, 50, d.requestsPerProcess());
        Spinner<Double> horizon = new Spinner<>(1.0, 1000.0, d.horizon(), 1.0);
        Spinner<Double> minDelay = new Spinner<>(0.1, 100.0, d.minDelay(), 0.5);
        Spinner<Double> maxDelay = new Spinner<>(0.1, 100.0, d.maxDelay(), 0.5);
        Spinner<Double> hold = new Spinner<>(0.1, 100.0, d.hold(), 0.5);
        CheckBox skipAcks = new CheckBox("Skip acknowledgements already implied by a later message (the paper's note)");
        ChoiceBox<Variant> variant = new ChoiceBox<>();
        variant.getItems().addAll(Variant.values());
        variant.setConverter(Words.of(Variant::label));
        variant.setId("mutex-variant");
        variant.setValue(Variant.CORRECT);
        Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 1);
        NumberText.use(horizon, minDelay, maxDelay, hold);
        for (Spinner<?> s : List.of(processes, requests, horizon, minDelay, maxDelay, hold, seed)) {
            s.setEditable(true);
        }
        GridPane grid = grid();
        grid.addRow(0, new Label("Processes"), processes);
        grid.addRow(1, new Label("Requests per process"), requests);
        grid.addRow(2, new Label("Requests fall within (time)"), horizon);
        grid.addRow(3, new Label("Message delay from"), minDelay);
        grid.addRow(4, new Label("Message delay to (FIFO channels)"), maxDelay);
        grid.addRow(5, new Label("Resource held for"), hold);
        grid.add(skipAcks, 1, 6);
        grid.addRow(7, new Label("Algorithm"), variant);
        grid.addRow(8, new Label("Seed"), seed);
        if (!ask("Mutual exclusion (section 4)", "Lamport's algorithm: request, acknowledge, release, grant by ⇒", grid)) {
            return;
        }
        MutexParameters p = new MutexParameters(processes.getValue(), requests.getValue(), List.of(), horizon.getValue(),
                minDelay.getValue(), maxDelay.getValue(), hold.getValue(), skipAcks.isSelected(), variant.getValue(),
                seed.getValue());
        if (p.problem() != null) {
            files.error("The simulation cannot run", p.problem());
            return;
        }
        MutexRun run = MutexSimulation.run(p);
        MutexCheck.Verdict verdict = MutexCheck.check(run);
        Document doc = new Document(run.diagram(), null);
        doc.setVerdict(MutexVerdicts.of(verdict)); // kept under the diagram, the events that break a condition ringed
        editor.open(doc);
        tell(verdict.holds() ? "The paper's three conditions hold" : verdict.headline(),
                verdict.describe() + "\nYellow bars mark who holds the resource"
                        + (verdict.holds() ? "" : "; the events that break a condition are ringed in red")
                        + ". The verdict stays under the diagram. Step through it (→) to watch "
                        + "each process's request queue beside its clock and the rule of the five each step follows.");
    }

    public void replication() {
        ReplicaParameters d = ReplicaParameters.defaults();
        Spinner<Integer> processes = new Spinner<>(2, 26, d.processes());
        Spinner<Integer> commands = new Spinner<>(1, 50, d.commandsPerProcess());
        Spinner<Double> horizon = new Spinner<>(1.0, 1000.0, d.horizon(), 1.0);
        Spinner<Double> minDelay = new Spinner<>(0.1, 100.0, d.minDelay(), 0.5);
        Spinner<Double> maxDelay = new Spinner<>(0.1, 100.0, d.maxDelay(), 0.5);
        ChoiceBox<dev.spacetime.sim.replica.Variant> variant = new ChoiceBox<>();
        variant.getItems().addAll(dev.spacetime.sim.replica.Variant.values());
        variant.setConverter(Words.of(dev.spacetime.sim.replica.Variant::label));
        variant.setId("replica-variant");
        variant.setValue(d.variant());
        Spinner<Double> silentAt = new Spinner<>(0.0, 1000.0, d.silentAt(), 1.0);
        // Only the silent variant has a process falling silent.
        silentAt.disableProperty().bind(variant.valueProperty().isNotEqualTo(dev.spacetime.sim.replica.Variant.SILENT_PROCESS));
        Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 1);
        NumberText.use(horizon, minDelay, maxDelay, silentAt);
        for (Spinner<?> sp : List.of(processes, commands, horizon, minDelay, maxDelay, silentAt, seed)) {
            sp.setEditable(true);
        }
        GridPane grid = grid();
        grid.addRow(0, new Label("Processes, each with a copy of x"), processes);
        grid.addRow(1, new Label("Commands per process"), commands);
        grid.addRow(2, new Label("Commands issued within (time)"), horizon);
        grid.addRow(3, new Label("Message delay from"), minDelay);
        grid.addRow(4, new Label("Message delay to (FIFO channels)"), maxDelay);
        grid.addRow(5, new Label("How replicas run commands"), variant);
        grid.addRow(6, new Label("The last process falls silent at"), silentAt);
        grid.addRow(7, new Label("Seed"), seed);
        if (!ask("Replicated state machine (section 4)", "Commands to a register x, timestamped and sent to all; "
                + "each replica runs them in ⇒ order once stable", grid)) {
            return;
        }
        ReplicaParameters p = new ReplicaParameters(processes.getValue(), commands.getValue(), horizon.getValue(),
                minDelay.getValue(), maxDelay.getValue(), variant.getValue(), silentAt.getValue(), seed.getValue());
        if (p.problem() != null) {
            files.error("The simulation cannot run", p.problem());
            return;
        }
        ReplicaRun run = ReplicaSimulation.run(p);
        ReplicaCheck.Verdict verdict = ReplicaCheck.check(run);
        Document doc = new Document(run.diagram(), null);
        doc.setVerdict(ReplicaVerdicts.of(verdict)); // kept under the diagram, where replicas part ringed
        editor.open(doc);
        tell(verdict.headline(), verdict.describe() + "\nEach event that runs a command is labelled with x after it"
                + (verdict.events().isEmpty() ? "" : "; the events named above are ringed in red")
                + ". The verdict stays under the diagram. Step through it (→) to watch each replica's x and the "
                + "commands it holds but may not run yet, beside its clock.");
    }

    public void anomaly() {
        Spinner<Integer> work = new Spinner<>(1, 1000, 3);
        work.setEditable(true);
        ChoiceBox<Remedy> remedy = new ChoiceBox<>();
        remedy.getItems().addAll(Remedy.values());
        remedy.setConverter(Words.of(Remedy::label));
        remedy.setId("anomaly-remedy");
        remedy.setValue(Remedy.NONE);
        // The physical clocks' settings can be set only with their remedy. They stay in place, greyed, otherwise:
        // a dialog that grew when they appeared would jump about under the pointer.
        PhysicalRemedyFields clocks = new PhysicalRemedyFields();
        clocks.pane().disableProperty().bind(remedy.valueProperty().isNotEqualTo(Remedy.PHYSICAL_CLOCKS));
        GridPane grid = grid();
        grid.addRow(0, new Label("Events on computer A before request A"), work);
        grid.addRow(1, new Label("Remedy"), remedy);
        grid.add(new Label("With physical clocks as timestamps (section 6):"), 0, 2, 2, 1);
        grid.add(clocks.pane(), 0, 3, 2, 1);
        if (!ask("Anomalous behaviour (section 5)", "Request A, a telephone call, request B", grid)) {
            return;
        }
        if (remedy.getValue() != Remedy.PHYSICAL_CLOCKS) {
            AnomalyRun run = AnomalyScenario.run(work.getValue(), remedy.getValue());
            editor.open(new Document(run.diagram(), null));
            tell(run.anomalous() ? "The anomaly: B is ordered before A" : "No anomaly", run.explanation());
            return;
        }
        PhysicalRemedyParameters q = clocks.parameters(work.getValue());
        if (q.problem() != null) {
            files.error("The simulation cannot run", Character.toUpperCase(q.problem().charAt(0))
                    + q.problem().substring(1) + ".");
            return;
        }
        AnomalyRun run;
        try {
            run = PhysicalAnomaly.run(q);
        } catch (IllegalArgumentException cannotRun) { // the clocks' own limits, such as a run too long to draw
            String why = cannotRun.getMessage();
            files.error("The simulation cannot run", Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".");
            return;
        }
        editor.open(new Document(run.diagram(), null));
        String warnings = run.bound().warnings().isEmpty() ? ""
                : "\nWarning: " + String.join(".\nWarning: ", run.bound().warnings()) + ".";
        tell(run.anomalous() ? "The bound fails, and the anomaly is back: B is ordered before A"
                : run.bound().measuredHolds() ? "ε/(1 − κ) ≤ μ holds: no anomaly" : "No anomaly this time, though the bound fails",
                run.explanation() + warnings);
    }

    /**
     * Runs the open diagram's simulation again from the settings it keeps, as a new unsaved diagram:
     * a saved run made fresh, or an edited one brought back to what the simulation gives.
     */
    public void runAgain() {
        Document doc = editor.document();
        Diagram fresh;
        try {
            fresh = SimulationRecipe.rerun(doc.diagram());
        } catch (IllegalArgumentException notASimulation) {
            String why = notASimulation.getMessage();
            files.error("The simulation cannot run again", Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".");
            return;
        }
        if (files.mayDiscard()) {
            editor.open(new Document(fresh, null));
        }
    }

    private boolean ask(String title, String header, GridPane content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK && files.mayDiscard();
    }

    private void tell(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Spacetime");
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.getDialogPane().setMinWidth(560);
        alert.show();
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }
}
