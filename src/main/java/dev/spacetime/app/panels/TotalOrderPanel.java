package dev.spacetime.app.panels;

import dev.spacetime.app.document.DocumentView;
import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.causality.TotalOrder;
import dev.spacetime.step.Replay;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/**
 * The total order ⇒ as a table: every event by its place, with its process and clock. Events sharing
 * a clock value are a tie, and the table says how ⇒ broke it (by process order) and shades them.
 * Selecting a row selects the event on the canvas, and the other way round.
 */
public final class TotalOrderPanel {
    private static final PseudoClass TIE = PseudoClass.getPseudoClass("tie");
    private static final PseudoClass NOT_YET = PseudoClass.getPseudoClass("not-yet");
    private static final PseudoClass LAST_STEP = PseudoClass.getPseudoClass("last-step");
    private final DocumentView doc;
    private final TableView<Integer> table = new TableView<>();
    private final BorderPane pane = new BorderPane();
    private Analysis shown;
    private boolean syncing;
    private boolean wasStepping;

    public TotalOrderPanel(DocumentView doc) {
        this.doc = doc;
        table.setId("total-order");
        table.setPlaceholder(new Label("No events"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("⇒", 44, r -> Integer.toString(r + 1)));
        table.getColumns().add(column("Event", 70, r -> graph().id(order().at(r))));
        table.getColumns().add(column("Process", 70, r -> graph().diagram().processName(graph().process(order().at(r)))));
        table.getColumns().add(column("C", 44, r -> secret(r) ? "?" : Integer.toString(shown.lamport(order().at(r)))));
        table.getColumns().add(column("Tie broken by", 170, r -> secret(r) ? "" : tieNote(r)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Integer rank, boolean empty) {
                super.updateItem(rank, empty);
                boolean filled = !empty && rank != null && shown != null;
                // A tie's note gives its clock away while the class predicts it: no shading then either.
                pseudoClassStateChanged(TIE, filled && !secret(rank) && !tieNote(rank).isEmpty());
                Replay replay = doc.player().active.get() ? doc.player().replay() : null;
                boolean stepped = filled && replay != null && replay.analysis() == shown;
                int e = stepped ? order().at(rank) : -1;
                // Stepping: what has not happened yet is greyed, the last step is bold.
                pseudoClassStateChanged(NOT_YET, stepped && !replay.happened(e));
                pseudoClassStateChanged(LAST_STEP, stepped && replay.happened(e) && e == replay.lastEvent());
            }
        });
        // Shading and selection are set in a style sheet, so a selected tie's text stays readable.
        table.getStylesheets().add(TotalOrderPanel.class.getResource("total-order.css").toExternalForm());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, rank) -> {
            if (!syncing && rank != null && shown != null) {
                doc.selection().selectEvent(graph().id(order().at(rank)));
            }
        });
        Label title = new Label("Total order ⇒ (ties broken by process order)");
        title.setPadding(new Insets(4, 6, 4, 6));
        title.setStyle("-fx-font-weight: bold;");
        pane.setTop(title);
        pane.setCenter(table);
        doc.onRefresh(this::update);
    }

    public BorderPane node() {
        return pane;
    }

    public TableView<Integer> table() {
        return table;
    }

    /** The event ids in the order the table lists them. */
    public List<String> ids() {
        return table.getItems().stream().map(r -> graph().id(order().at(r))).toList();
    }

    /** Whether the row's clock is kept back: stepping with the clocks of events still to come hidden, and it is one. */
    private boolean secret(int rank) {
        return shown != null && doc.clocksKeptBack(order().at(rank));
    }

    private EventGraph graph() {
        return shown.graph();
    }

    private TotalOrder order() {
        return shown.totalOrder();
    }

    private void update() {
        Analysis a = doc.analysis();
        syncing = true;
        try {
            boolean stepping = doc.player().active.get();
            if (stepping || stepping != wasStepping || a != shown) {
                table.refresh(); // rows grey and bold while stepping, and plain again once it stops
            }
            wasStepping = stepping;
            if (a != shown) {
                shown = a;
                int n = a == null ? 0 : a.eventCount();
                table.getItems().setAll(IntStream.range(0, n).boxed().toList());
                table.refresh();
            }
            List<String> selected = doc.selection().events();
            int e = selected.isEmpty() || a == null ? -1 : a.indexOf(selected.get(selected.size() - 1));
            if (e < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                int rank = a.totalOrder().rank(e);
                table.getSelectionModel().clearAndSelect(rank);
                table.scrollTo(Math.max(0, rank - 3));
            }
        } finally {
            syncing = false;
        }
    }

    /** For a tie, "C=2: P before Q before R" (process order); empty when the clock value is unique. */
    private String tieNote(int rank) {
        TotalOrder order = order();
        int c = shown.lamport(order.at(rank));
        int lo = rank;
        while (lo > 0 && shown.lamport(order.at(lo - 1)) == c) {
            lo--;
        }
        int hi = rank;
        while (hi + 1 < order.size() && shown.lamport(order.at(hi + 1)) == c) {
            hi++;
        }
        if (lo == hi) {
            return "";
        }
        StringBuilder sb = new StringBuilder("tie at C=").append(c).append(": ");
        for (int r = lo; r <= Math.min(hi, lo + 4); r++) {
            sb.append(r > lo ? " < " : "").append(graph().diagram().processName(graph().process(order.at(r))));
        }
        return sb.append(hi > lo + 4 ? " < …" : "").toString();
    }

    private TableColumn<Integer, String> column(String name, double width, IntFunction<String> text) {
        TableColumn<Integer, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(shown == null ? "" : text.apply(cell.getValue())));
        return c;
    }

}
