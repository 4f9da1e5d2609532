package dev.spacetime.app.panels;

import dev.spacetime.causality.AssignedClocks;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The ⇒ panel's "Order by: Lamport clocks / my clocks" switch. "my clocks" can be chosen only when the
 * student's clocks give every event a value and keep the Clock Condition, for only then is the order
 * they give a ⇒ that extends →; otherwise it is disabled, and the reason is its tooltip and is written
 * under it (a disabled button shows no tooltip of its own, so the tip sits on the row).
 */
final class OrderSwitch {
    private final ToggleGroup group = new ToggleGroup();
    private final ToggleButton lamport = new ToggleButton("Lamport clocks");
    private final ToggleButton mine = new ToggleButton("my clocks");
    private final Label why = new Label();
    private final Tooltip tip = new Tooltip();
    private final VBox box;
    private Runnable onChange = () -> { };
    private AssignedClocks offered;
    private String offeredReason;

    OrderSwitch() {
        lamport.setId("order-by-lamport");
        mine.setId("order-by-mine");
        lamport.setToggleGroup(group);
        mine.setToggleGroup(group);
        lamport.setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                onChange.run();
            }
        });
        tip.setShowDelay(Duration.millis(300));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        HBox row = new HBox(6, new Label("Order by:"), lamport, mine);
        row.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(row, tip);
        why.setId("order-by-why");
        why.setWrapText(true);
        why.setStyle("-fx-text-fill: #666666;");
        why.managedProperty().bind(why.visibleProperty());
        box = new VBox(2, row, why);
        box.setPadding(new Insets(0, 6, 4, 6));
    }

    VBox node() {
        return box;
    }

    void onChange(Runnable listener) {
        onChange = listener;
    }

    /**
     * Offers the student's clocks (null when the diagram has none) and says whether the table lists ⇒ by
     * them: only when chosen and able to give ⇒. When they cannot, the switch goes back to the Lamport clocks.
     */
    boolean offer(AssignedClocks own) {
        if (own != offered || own == null) {
            offered = own;
            offeredReason = reason(own);
        }
        String reason = offeredReason;
        mine.setDisable(reason != null);
        tip.setText(reason == null ? "⇒ from your clocks " + own.name() + ", ties broken by process order"
                : "My clocks cannot give ⇒ yet: " + reason);
        why.setText(reason == null ? "" : "my clocks: " + reason);
        why.setVisible(own != null && reason != null);
        if (reason != null && mine.isSelected()) {
            Runnable listener = onChange;
            onChange = () -> { }; // the caller is already updating
            lamport.setSelected(true);
            onChange = listener;
        }
        return mine.isSelected();
    }

    private static String reason(AssignedClocks own) {
        return own == null ? "no clocks of your own yet: give an event a value in the inspector's"
                + " “My clock” row, or right-click it → Set my clock…" : own.whyNoOrder();
    }
}
