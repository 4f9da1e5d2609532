package dev.spacetime.app.panels;

import dev.spacetime.model.MessageRef;
import dev.spacetime.app.document.Editor;
import dev.spacetime.app.document.Feedback;
import dev.spacetime.app.document.Selection;
import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.AssignedClocks;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.model.ClockValueText;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.Edit;
import dev.spacetime.model.EditRefusedException;
import dev.spacetime.model.ReadableNumber;
import dev.spacetime.model.RenameEvent;
import dev.spacetime.model.RenameProcess;
import dev.spacetime.model.SetAssignedClock;
import dev.spacetime.model.SetEventLabel;
import dev.spacetime.model.SetEventTime;
import dev.spacetime.model.SetMessageExternal;
import dev.spacetime.model.SetMessageLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The inspector: a property sheet for the selected event, process or message. Ids, names, labels,
 * times, the external flag and an event's own clock value ("my clocks") can be changed here; each
 * change is one undoable command, and a refused one is explained in the status bar. Text is applied
 * on Enter or when the field loses focus.
 */
public final class Inspector {
    /** What the sheet shows for a clock kept back while stepping. */
    static final String STILL_TO_COME = "? (still to come)";
    /** The rows for the student's own clock and its check. */
    public static final String MY_CLOCK = "My clock";
    public static final String CLOCK_CONDITION = "C1 and C2";
    private final Editor editor;
    private final Feedback feedback;
    private final PropertySheet sheet = new PropertySheet();
    private final Label heading = new Label();
    private final BorderPane pane = new BorderPane();
    private boolean scheduled;

    public Inspector(Editor editor, Feedback feedback) {
        this.editor = editor;
        this.feedback = feedback;
        sheet.setId("inspector");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();
        sheet.setPropertyEditorFactory(item -> item.getType() == String.class && item.isEditable()
                ? new TextOnEnter(item) : defaults.call(item));
        heading.setPadding(new Insets(4, 6, 4, 6));
        heading.setStyle("-fx-font-weight: bold;");
        pane.setTop(heading);
        // The sheet joins the window with its first rows: empty, it would only cost the first frame its
        // skin (a scroll pane, a grid, the mode buttons and their icons). A blank of its colour stands in.
        Region blank = new Region();
        blank.setStyle("-fx-background-color: white;");
        pane.setCenter(blank);
        editor.onRefresh(this::schedule);
    }

    public BorderPane node() {
        return pane;
    }

    PropertySheet sheet() {
        return sheet;
    }

    /** The text the sheet shows in the row of this name (e.g. "Lamport clock C"), or null when it has no such row. */
    public String shown(String row) {
        return sheet.getItems().stream().filter(i -> i.getName().equals(row)).map(i -> String.valueOf(i.getValue()))
                .findFirst().orElse(null);
    }

    /** Rebuilt after the current event is handled, so an edit made from the sheet finishes before its rows go. */
    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            Platform.runLater(() -> {
                scheduled = false;
                rebuild();
            });
        }
    }

    void rebuild() {
        Analysis a = editor.analysis();
        List<InspectorItem> items = new ArrayList<>();
        Selection s = editor.selection();
        if (a == null || s.isEmpty()) {
            heading.setText("Inspector: select an event, process or message");
        } else if (!s.events().isEmpty()) {
            event(a, a.indexOf(s.events().get(s.events().size() - 1)), items);
        } else if (s.processProperty().get() != null) {
            process(a, s.processProperty().get(), items);
        } else {
            message(a, s.messageProperty().get(), items);
        }
        sheet.getItems().setAll(items);
        if (!items.isEmpty() && pane.getCenter() != sheet) {
            pane.setCenter(sheet);
        }
    }

    private String run(Edit edit) {
        String refused = editor.run(edit);
        if (refused != null) {
            refuse(refused);
        }
        return refused;
    }

    private void refuse(String reason) {
        var p = sheet.localToScreen(sheet.getWidth() / 3, 30);
        feedback.refuse(reason, p == null ? 0 : p.getX(), p == null ? 0 : p.getY());
        schedule();
    }

    private void event(Analysis a, int e, List<InspectorItem> items) {
        EventGraph g = a.graph();
        Diagram d = g.diagram();
        int h = g.handle(e);
        String id = g.id(e);
        heading.setText("Event " + id);
        items.add(new InspectorItem("Event", "Id", "The event's name; must be unique", id, String.class,
                v -> new RenameEvent(id, v.toString().strip()), this::run));
        items.add(InspectorItem.readOnly("Event", "Process", "The process it happens on", d.processName(g.process(e))));
        items.add(new InspectorItem("Event", "Label", "Free text shown beside the event",
                d.eventLabel(h) == null ? "" : d.eventLabel(h), String.class,
                v -> new SetEventLabel(id, v.toString().isBlank() ? null : v.toString().strip()), this::run));
        items.add(new InspectorItem("Event", "Time", "Physical time; empty for none",
                d.hasTime(h) ? ReadableNumber.of(d.eventTime(h)) : "", String.class,
                v -> new SetEventTime(id, parseTime(v.toString())), this::run));
        // While the class predicts the clocks of events still to come, the sheet keeps them back too.
        boolean kept = editor.clocksKeptBack(e);
        items.add(InspectorItem.readOnly("Clocks", "Lamport clock C", "By IR1 and IR2",
                kept ? STILL_TO_COME : Integer.toString(a.lamport(e))));
        items.add(InspectorItem.readOnly("Clocks", "Vector clock", "One entry per process",
                kept ? STILL_TO_COME : Arrays.toString(a.vector(e)).replace(" ", "")));
        items.add(InspectorItem.readOnly("Clocks", "Place in ⇒", "Position in the total order",
                kept ? STILL_TO_COME : Integer.toString(a.totalOrder().rank(e) + 1)));
        myClock(a, e, items);
        String kind = EventKind.of(d, h);
        items.add(InspectorItem.readOnly("Event", "Kind", "Send, receive or local", kind));
    }

    /**
     * The student's own clock at the event, typed in (one undoable edit; the first value starts the
     * assignment), and what the Clock Condition says of it: C1 and C2 named apart.
     */
    private void myClock(Analysis a, int e, List<InspectorItem> items) {
        AssignedClocks mine = AssignedClocks.of(a);
        String id = a.graph().id(e);
        String name = mine == null ? SetAssignedClock.NEW_NAME : mine.name();
        items.add(new InspectorItem("My clocks", MY_CLOCK, "Your own clock " + name + " at this event: any number,"
                + " as long as C1 and C2 hold; empty for none", mine != null && mine.given(e) ? ReadableNumber.of(mine.of(e))
                : "", String.class, v -> myClockEdit(id, v.toString()), this::run));
        items.add(InspectorItem.readOnly("My clocks", CLOCK_CONDITION, "C1 along the process, C2 along messages",
                mine == null ? "no clocks of your own yet: type a value above" : ClockCheckText.ofEvent(mine, a.graph(), e)));
    }

    /** The edit for a typed value, or null when the text is no number (refused here, with the reason). */
    private Edit myClockEdit(String id, String text) {
        try {
            return new SetAssignedClock(id, ClockValueText.parse(text));
        } catch (EditRefusedException refused) {
            refuse(refused.reason());
            return null;
        }
    }

    private void process(Analysis a, String name, List<InspectorItem> items) {
        Diagram d = a.graph().diagram();
        int p = d.processIndex(name);
        heading.setText("Process " + name);
        items.add(new InspectorItem("Process", "Name", "Must be unique", name, String.class,
                v -> new RenameProcess(name, v.toString().strip()), this::run));
        items.add(InspectorItem.readOnly("Process", "Position", "Order of the lines; ties in ⇒ follow it",
                Integer.toString(p + 1)));
        items.add(InspectorItem.readOnly("Process", "Events", "How many events it has", Integer.toString(d.eventCount(p))));
    }

    private void message(Analysis a, MessageRef m, List<InspectorItem> items) {
        Diagram d = a.graph().diagram();
        int r = m.find(d);
        String from = m.from();
        String receive = m.to();
        heading.setText("Message " + from + " → " + receive);
        items.add(InspectorItem.readOnly("Message", "From", "The send event", from));
        items.add(InspectorItem.readOnly("Message", "To", "The receive event", receive));
        items.add(new InspectorItem("Message", "Label", "Free text shown on the arrow",
                d.messageLabel(r) == null ? "" : d.messageLabel(r), String.class,
                v -> new SetMessageLabel(from, receive, v.toString().isBlank() ? null : v.toString().strip()), this::run));
        items.add(new InspectorItem("Message", "External", "Sent outside the system (section 5): drawn dashed",
                d.isExternal(r), Boolean.class, v -> new SetMessageExternal(from, receive, (Boolean) v), this::run));
        int sender = a.indexOf(from);
        items.add(InspectorItem.readOnly("Clocks", "Tm", "The sender's clock, carried by the message",
                editor.clocksKeptBack(sender) ? STILL_TO_COME : Integer.toString(a.lamport(sender))));
    }

    /** A typed time, or NaN for an empty field; anything else is refused by the edit with a reason. */
    private static double parseTime(String text) {
        if (text.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.POSITIVE_INFINITY; // SetEventTime refuses it: "a time must be a finite number"
        }
    }

    /**
     * A text field that applies its value on Enter or when it loses focus, not on every keystroke, and
     * each text once: Enter rebuilds the sheet, and the field then losing its focus must not apply the
     * same text again as a second step of undo.
     */
    private static final class TextOnEnter implements PropertyEditor<Object> {
        private final TextField field = new TextField();
        private String applied;

        TextOnEnter(PropertySheet.Item item) {
            field.setId("inspector-" + item.getName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            field.setOnAction(e -> apply(item));
            field.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    apply(item);
                }
            });
        }

        private void apply(PropertySheet.Item item) {
            if (!field.getText().equals(applied)) {
                applied = field.getText();
                item.setValue(applied);
            }
        }

        @Override
        public TextField getEditor() {
            return field;
        }

        @Override
        public Object getValue() {
            return field.getText();
        }

        @Override
        public void setValue(Object value) {
            field.setText(value == null ? "" : value.toString());
            applied = field.getText();
        }
    }
}
