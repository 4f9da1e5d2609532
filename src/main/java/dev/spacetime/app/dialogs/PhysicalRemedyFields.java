package dev.spacetime.app.dialogs;

import dev.spacetime.model.ReadableNumber;
import dev.spacetime.sim.anomaly.ClockBound;
import dev.spacetime.sim.anomaly.PhysicalRemedyParameters;
import dev.spacetime.sim.recipe.PhysicalAnomaly;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;

/**
 * The anomaly dialog's fields for the second remedy: the physical clocks' κ, d, τ, μ, ξ, initial skew
 * and seed and the telephone call's duration, with the bound ε/(1 − κ) ≤ μ worked out as they change.
 */
final class PhysicalRemedyFields {
    private final Spinner<Double> kappa;
    private final Spinner<Integer> diameter;
    private final Spinner<Double> tau;
    private final Spinner<Double> mu;
    private final Spinner<Double> xi;
    private final Spinner<Double> skew;
    private final Spinner<Double> call;
    private final Spinner<Integer> seed;
    private final Label bound = new Label();
    private final GridPane pane = new GridPane();

    PhysicalRemedyFields() {
        PhysicalRemedyParameters d = PhysicalRemedyParameters.defaults();
        kappa = new Spinner<>(0.0, 0.5, d.kappa(), 0.001);
        diameter = new Spinner<>(1, 2, d.diameter());
        tau = new Spinner<>(0.05, 100.0, d.tau(), 0.25);
        mu = new Spinner<>(0.0, 10.0, d.mu(), 0.01);
        xi = new Spinner<>(0.0, 10.0, d.xi(), 0.01);
        skew = new Spinner<>(0.0, 100.0, d.initialSkew(), 0.5);
        call = new Spinner<>(0.001, 100.0, d.call(), 0.01);
        seed = new Spinner<>(0, Integer.MAX_VALUE, (int) d.seed());
        NumberText.use(kappa, tau, mu, xi, skew, call);
        kappa.setId("anomaly-kappa");
        call.setId("anomaly-call");
        seed.setId("anomaly-seed");
        bound.setId("anomaly-bound");
        bound.setWrapText(true);
        bound.setMaxWidth(420);
        pane.setHgap(10);
        pane.setVgap(8);
        String[] names = {"Drift κ (clock rates 1 ± κ)", "Network diameter d (1 or 2)", "Clocks resynchronise every τ",
            "Least message delay μ", "Unpredictable delay, up to ξ", "Clocks start up to this far apart",
            "The telephone call takes", "Seed"};
        List<Spinner<?>> fields = List.of(kappa, diameter, tau, mu, xi, skew, call, seed);
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).setEditable(true);
            fields.get(i).valueProperty().addListener(o -> showBound());
            pane.addRow(i, new Label(names[i]), fields.get(i));
        }
        pane.add(bound, 0, fields.size(), 2, 1);
        showBound();
    }

    GridPane pane() {
        return pane;
    }

    PhysicalRemedyParameters parameters(int workOnA) {
        return new PhysicalRemedyParameters(workOnA, kappa.getValue(), diameter.getValue(), tau.getValue(),
                mu.getValue(), xi.getValue(), skew.getValue(), call.getValue(), seed.getValue());
    }

    /** The theorem's side of the bound, before anything runs: the run then measures the clocks' true skew. */
    private void showBound() {
        PhysicalRemedyParameters q = parameters(1);
        if (q.problem() != null) {
            bound.setText(Character.toUpperCase(q.problem().charAt(0)) + q.problem().substring(1) + ".");
            return;
        }
        ClockBound b = new ClockBound(PhysicalAnomaly.epsilon(q), Double.NaN, q.kappa(), q.mu(), q.call(), List.of());
        bound.setText("ε ≈ d(2κτ + ξ) = " + number(b.epsilon()) + ", and μ = min(" + number(q.mu()) + ", the call's "
                + number(q.call()) + ") = " + number(b.mu()) + ": ε/(1 − κ) = " + number(b.theoremRatio())
                + (b.theoremHolds() ? " ≤ μ, so anomalous behaviour is impossible (the run checks it against the"
                        + " clocks' measured skew too)."
                        : " > μ: the bound fails, and with the right seed the anomaly comes back."));
    }

    private static String number(double v) {
        return ReadableNumber.of(v);
    }
}
