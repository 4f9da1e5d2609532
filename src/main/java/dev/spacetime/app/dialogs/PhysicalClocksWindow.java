package dev.spacetime.app.dialogs;

import dev.spacetime.app.document.Document;
import dev.spacetime.app.document.Editor;
import dev.spacetime.app.files.FileActions;
import dev.spacetime.model.ReadableNumber;
import dev.spacetime.sim.physical.PhysicalClocks;
import dev.spacetime.sim.physical.PhysicalParameters;
import dev.spacetime.sim.physical.PhysicalRun;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Section 6 to play with: the parameters on the left, re-run at once on every change; on the right
 * the largest difference between any two clocks over time against the paper's bound ε ≈ d(2κτ + ξ),
 * with a warning when the parameters leave the theorem's assumptions. "Open as diagram" shows the run.
 */
public final class PhysicalClocksWindow {
    private final Stage stage = new Stage();
    private final Editor editor;
    private final FileActions files;
    private final LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis());
    private final Label summary = new Label();
    private final Label warnings = new Label();
    private PhysicalRun run;

    public PhysicalClocksWindow(Window owner, Editor editor, FileActions files) {
        this.editor = editor;
        this.files = files;
        stage.initOwner(owner);
        stage.setTitle("Physical clocks (section 6) — Spacetime");
        PhysicalParameters d = PhysicalParameters.defaults();
        Spinner<Integer> processes = new Spinner<>(2, 64, d.processes());
        Spinner<Integer> diameter = new Spinner<>(1, 63, d.diameter());
        Spinner<Double> kappa = new Spinner<>(0.0, 0.5, d.kappa(), 0.005);
        Spinner<Double> tau = new Spinner<>(0.05, 100.0, d.tau(), 0.25);
        Spinner<Double> mu = new Spinner<>(0.0, 10.0, d.mu(), 0.01);
        Spinner<Double> xi = new Spinner<>(0.0, 10.0, d.xi(), 0.01);
        Spinner<Double> duration = new Spinner<>(1.0, 1000.0, d.duration(), 5.0);
        Spinner<Double> skew = new Spinner<>(0.0, 100.0, d.initialSkew(), 0.5);
        Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, (int) d.seed());
        NumberText.use(kappa, tau, mu, xi, duration, skew);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        String[] names = {"Processes N", "Diameter d", "Drift κ (rates 1 ± κ)", "Period τ", "Least delay μ",
                "Unpredictable delay ξ", "Duration", "Initial skew", "Seed"};
        List<Spinner<?>> fields = List.of(processes, diameter, kappa, tau, mu, xi, duration, skew, seed);
        Runnable rerun = () -> show(new PhysicalParameters(processes.getValue(), kappa.getValue(), diameter.getValue(),
                tau.getValue(), mu.getValue(), xi.getValue(), duration.getValue(), skew.getValue(), seed.getValue()));
        for (int i = 0; i < fields.size(); i++) {
            Spinner<?> f = fields.get(i);
            f.setEditable(true);
            f.setPrefWidth(110);
            f.valueProperty().addListener(o -> rerun.run());
            form.addRow(i, new Label(names[i]), f);
        }
        Button open = new Button("Open as diagram");
        open.setOnAction(e -> {
            if (run != null && files.mayDiscard()) {
                editor.open(new Document(run.diagram(), null));
            }
        });
        warnings.setWrapText(true);
        warnings.setMaxWidth(300);
        warnings.setStyle("-fx-text-fill: #d55e00;");
        summary.setWrapText(true);
        summary.setMaxWidth(300);
        VBox left = new VBox(12, form, summary, warnings, open);
        left.setPadding(new Insets(12));
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.getXAxis().setLabel("time");
        chart.getYAxis().setLabel("largest difference between two clocks");
        chart.setId("skew-chart");
        BorderPane root = new BorderPane(chart);
        root.setLeft(left);
        stage.setScene(new Scene(root, 1050, 620));
        rerun.run();
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public PhysicalRun run() {
        return run;
    }

    public LineChart<Number, Number> chart() {
        return chart;
    }

    private void show(PhysicalParameters p) {
        String problem = p.problem();
        if (problem != null) {
            warnings.setText(problem);
            return;
        }
        run = PhysicalClocks.run(p);
        XYChart.Series<Number, Number> skew = new XYChart.Series<>();
        skew.setName("largest clock difference");
        XYChart.Series<Number, Number> bound = new XYChart.Series<>();
        bound.setName("ε ≈ d(2κτ + ξ) = " + ReadableNumber.of(p.epsilon()));
        double[] t = run.sampleTimes();
        for (int k = 0; k < t.length; k++) {
            skew.getData().add(new XYChart.Data<>(t[k], run.skew()[k]));
        }
        bound.getData().add(new XYChart.Data<>(p.convergenceTime(), p.epsilon()));
        bound.getData().add(new XYChart.Data<>(p.duration(), p.epsilon()));
        chart.getData().setAll(List.of(skew, bound));
        summary.setText(run.verdict());
        warnings.setText(String.join("\n", run.warnings()));
    }
}
