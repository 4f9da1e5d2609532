package dev.spacetime.app.panels;

import dev.spacetime.app.document.DocumentView;
import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.AssignedClocks;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.causality.TotalOrder;
import dev.spacetime.model.ReadableNumber;
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
import javafx.scene.layout.VBox;

/**
 * The total order ⇒ as a table: every event by its place, with its process and clock. Events sharing
 * a clock value are a tie, and the table says how ⇒ broke it (by process order) and shades them.
 * Selecting a row selects the event on the canvas, and the other way round. A switch lists instead
 * the ⇒ built from the student's own clocks, when they give every event a value and keep C1 and C2.
 */
public final class TotalOrderPanel {
    private static final PseudoClass TIE = PseudoClass.getPseudoClass("tie");
    private static final PseudoClass NOT_YET = PseudoClass.getPseudoClass("not-yet");
    private static final PseudoClass LAST_STEP = PseudoClass.getPseudoClass("last-step");
    private final DocumentView doc;
    private final TableView<Integer> table = new TableView<>();
    private final BorderPane pane = new BorderPane();
    private final OrderSwitch orderBy = new OrderSwitch();
    private final TableColumn<Integer, String> clockColumn;
    private Analysis shown;
    private TotalOrder order;
    private AssignedClocks mine; // the student's clocks while the table lists ⇒ by them, else null
    private Analysis ownOf;
    private AssignedClocks own;  // the student's clocks in ownOf, or null when it has none
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
        clockColumn = column("C", 56, r -> secret(r) ? "?" : clockText(order().at(r)));
        table.getColumns().add(clockColumn);
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
        pane.setTop(new VBox(title, orderBy.node()));
        orderBy.onChange(this::update);
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
        return shown != null && mine == null && doc.clocksKeptBack(order().at(rank));
    }

    private EventGraph graph() {
        return shown.graph();
    }

    /** The order listed: the Lamport clocks' ⇒, or the one built from my clocks. */
    private TotalOrder order() {
        return order;
    }

    /** The clock the listed order comes from, at event e: C, or the student's own value. */
    private double clock(int e) {
        return mine != null ? mine.of(e) : shown.lamport(e);
    }

    private String clockText(int e) {
        return mine != null ? ReadableNumber.of(mine.of(e)) : Integer.toString(shown.lamport(e));
    }

    /** The order the switch asks for, by the analysis as it is now; the switch falls back to C when mine cannot order. */
    private boolean chooseOrder(Analysis a) {
        if (a != ownOf) { // a click changes no clock: read them and check them once per change of diagram
            ownOf = a;
            own = a == null ? null : AssignedClocks.of(a);
        }
        boolean byMine = orderBy.offer(own);
        TotalOrder wanted = a == null ? null : byMine ? own.order() : a.totalOrder();
        boolean changed = a != shown || (mine != null) != byMine;
        shown = a;
        mine = byMine ? own : null;
        order = wanted;
        clockColumn.setText(mine != null ? mine.name() : "C");
        return changed;
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
            if (chooseOrder(a)) {
                int n = a == null ? 0 : a.eventCount();
                table.getItems().setAll(IntStream.range(0, n).boxed().toList());
                table.refresh();
            }
            List<String> selected = doc.selection().events();
            int e = selected.isEmpty() || a == null ? -1 : a.indexOf(selected.get(selected.size() - 1));
            if (e < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                int rank = order().rank(e);
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
        double c = clock(order.at(rank));
        int lo = rank;
        while (lo > 0 && clock(order.at(lo - 1)) == c) {
            lo--;
        }
        int hi = rank;
        while (hi + 1 < order.size() && clock(order.at(hi + 1)) == c) {
            hi++;
        }
        if (lo == hi) {
            return "";
        }
        StringBuilder sb = new StringBuilder("tie at ").append(mine != null ? mine.name() : "C").append('=')
                .append(clockText(order.at(rank))).append(": ");
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
