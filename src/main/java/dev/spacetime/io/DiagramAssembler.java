package dev.spacetime.io;

import com.fasterxml.jackson.core.JsonParser;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.DiagramBuilder;
import dev.spacetime.model.Problem;
import dev.spacetime.model.Rules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the diagram from the elements the parser read, reporting what the builder refuses and what
 * breaks the paper's rules, each at the place in the file where the element began.
 */
final class DiagramAssembler {
    /** An event as read from the file, with the place of its opening brace. */
    record EventEntry(String id, String label, double time, int line, int column) {
    }

    /** A message as read from the file, with the place of its opening brace. */
    record MessageEntry(String from, String to, String label, boolean external, int line, int column) {
        String describe() {
            return DiagramAssembler.describe(from, to);
        }
    }

    private final DiagramBuilder builder;
    private final ProblemLog log;
    private final Map<String, Integer> processByName = new HashMap<>();
    private final LocationTable processPlaces = new LocationTable();
    private final LocationTable eventPlaces;
    private final LocationTable messagePlacesInOrder;
    private final AnnotationPlaces annotationPlaces = new AnnotationPlaces();
    private int messagesAdded;
    private boolean processesRead;
    // Messages read after the processes, added a batch at a time; see MessageBatch.
    private final MessageBatch batch = new MessageBatch();
    // Events are added a batch at a time too; see EventBatch. All are added before any message is.
    private final EventBatch events = new EventBatch();
    // Messages read before the processes: their ends cannot be looked up yet.
    private final List<MessageEntry> waiting = new ArrayList<>();
    // Refusals whose explanation names an earlier element, found again once the diagram is built.
    private final List<EventEntry> duplicateEvents = new ArrayList<>();
    private final List<MessageEntry> duplicateMessages = new ArrayList<>();

    DiagramAssembler(int expectedEvents, ProblemLog log) {
        this.builder = new DiagramBuilder(expectedEvents);
        this.log = log;
        // Sized once: grown a half at a time, the tables of a million events were copied over and over.
        this.eventPlaces = new LocationTable(expectedEvents);
        this.messagePlacesInOrder = new LocationTable(expectedEvents / 2);
    }

    void title(String title) {
        builder.title(title);
    }

    /** Reads the file's "view" object, at the parser's current START_OBJECT, into the diagram's annotations. */
    void readAnnotations(JsonParser p, FieldReader in) throws IOException {
        addBatches();
        new AnnotationReader(p, in, builder, annotationPlaces).read();
    }

    /**
     * Adds the process {@code number} (counting from 1) and returns its index. A duplicate name is
     * reported, and the process is kept under a stand-in name so that its events are still checked;
     * a diagram with a problem is never handed out, so the stand-in is never seen.
     */
    int process(String name, int number, int line, int column) {
        Integer first = processByName.get(name);
        if (first != null) {
            log.add(line, column, "process " + JsonText.quote(name) + ": duplicate process name (first at "
                    + processPlaces.describe(first) + ")");
            return unnamedProcess(number, line, column);
        }
        int index = builder.addProcess(name);
        if (index < 0) { // a name a stand-in took earlier
            return unnamedProcess(number, line, column);
        }
        processByName.put(name, index);
        processPlaces.put(index, line, column);
        return index;
    }

    /** Adds a stand-in for a process whose name is missing or unusable, so its events are still checked. */
    int unnamedProcess(int number, int line, int column) {
        String standIn = "#" + number;
        int index;
        while ((index = builder.addProcess(standIn)) < 0) {
            standIn += "'";
        }
        processPlaces.put(index, line, column);
        return index;
    }

    void event(int process, String id, String label, double time, int line, int column) {
        if (events.add(process, id, label, time, line, column)) {
            addBatches();
        }
    }

    private void addEvent(int process, String id, String label, double time, int line, int column) {
        int handle = builder.addEvent(process, id, label, time);
        if (handle < 0 && duplicateEvents.size() < ProblemLog.LIMIT) {
            duplicateEvents.add(new EventEntry(id, label, time, line, column));
        } else if (handle < 0) { // past what the log keeps: say it now, without looking up the first
            log.add(line, column, "event " + JsonText.quote(id) + ": duplicate event id");
        } else {
            eventPlaces.put(handle, line, column);
        }
    }

    /** Called when the processes list has been read: from now on messages are added as they come. */
    void processesRead() {
        addBatches();
        processesRead = true;
        waiting.forEach(m -> message(m.from(), m.to(), m.label(), m.external(), m.line(), m.column()));
        waiting.clear();
    }

    void message(String from, String to, String label, boolean external, int line, int column) {
        if (!processesRead) {
            waiting.add(new MessageEntry(from, to, label, external, line, column));
        } else if (batch.add(from, to, label, external, line, column)) {
            addBatches();
        }
    }

    /** The diagram, with every refusal and every broken rule reported to the log. */
    Diagram finish() {
        processesRead();
        addBatches();
        Diagram d = builder.build();
        for (EventEntry e : duplicateEvents) {
            log.add(e.line(), e.column(), "event " + JsonText.quote(e.id()) + ": duplicate event id (first at "
                    + eventPlaces.describe(d.findEvent(e.id())) + ")");
        }
        LocationTable messagePlaces = duplicateMessages.isEmpty() ? null : messagePlaces(d);
        for (MessageEntry m : duplicateMessages) {
            int first = d.messageBetween(d.findEvent(m.from()), d.findEvent(m.to()));
            log.add(m.line(), m.column(), m.describe() + ": a second message between the same two events (first at "
                    + messagePlaces.describe(first) + "); two events have at most one message between them");
        }
        annotationPlaces.check(d, builder, log);
        int room = log.room();
        List<Problem> broken = Rules.check(d, room + 1);
        if (!broken.isEmpty() && messagePlaces == null) {
            messagePlaces = messagePlaces(d);
        }
        for (int i = 0; i < Math.min(room, broken.size()); i++) {
            report(d, broken.get(i), messagePlaces);
        }
        if (broken.size() > room) {
            log.moreUncounted();
        }
        return d;
    }

    /** Where each message began, by its index in the diagram; made only when a problem names a message. */
    private LocationTable messagePlaces(Diagram d) {
        LocationTable places = new LocationTable(d.messageCount());
        for (int k = 0; k < d.messageCount(); k++) {
            places.put(d.message(k), messagePlacesInOrder.line(k), messagePlacesInOrder.column(k));
        }
        return places;
    }

    /** Adds the events and then the messages held back, in the order read, reporting each one refused. */
    private void addBatches() {
        addEvents();
        addMessages();
    }

    private void addEvents() {
        if (events.size() == 0) {
            return;
        }
        builder.expectIds(events.ids(), events.size());
        for (int k = 0; k < events.size(); k++) {
            addEvent(events.process(k), events.id(k), events.label(k), events.time(k), events.line(k), events.column(k));
        }
        events.clear();
    }

    private void addMessages() {
        if (batch.size() == 0) {
            return;
        }
        batch.lookUp(builder);
        for (int k = 0; k < batch.size(); k++) {
            String from = batch.from(k);
            String to = batch.to(k);
            int line = batch.line(k);
            int column = batch.column(k);
            if (batch.send(k) < 0) {
                log.add(line, column, describe(from, to) + ": there is no event " + JsonText.quote(from));
            } else if (batch.receive(k) < 0) {
                log.add(line, column, describe(from, to) + ": there is no event " + JsonText.quote(to));
            } else if (builder.addMessage(batch.send(k), batch.receive(k), batch.label(k), batch.external(k))
                    == DiagramBuilder.MessageRefusal.NONE) {
                messagePlacesInOrder.put(messagesAdded++, line, column);
            } else if (duplicateMessages.size() < ProblemLog.LIMIT) {
                duplicateMessages.add(new MessageEntry(from, to, batch.label(k), batch.external(k), line, column));
            } else {
                log.add(line, column, describe(from, to) + ": a second message between the same two events");
            }
        }
        batch.clear();
    }

    private static String describe(String from, String to) {
        return "message " + Element.messageName(from, to);
    }

    /** A broken rule, placed at the element its kind and key name; the model's sentence already names it. */
    private void report(Diagram d, Problem problem, LocationTable messagePlaces) {
        LocationTable table;
        int key;
        switch (problem.kind()) {
            case PROCESS -> {
                table = processPlaces;
                key = d.processIndex(problem.key());
            }
            case EVENT -> {
                table = eventPlaces;
                key = d.findEvent(problem.key());
            }
            case MESSAGE -> {
                int receive = d.findEvent(problem.key());
                int message = problem.from() == null ? -1 : d.messageBetween(d.findEvent(problem.from()), receive);
                boolean placed = message >= 0 && messagePlaces.line(message) > 0;
                key = placed ? message : receive;
                table = placed ? messagePlaces : eventPlaces;
            }
            default -> {
                table = null;
                key = -1;
            }
        }
        int line = table == null ? 0 : table.line(key);
        int column = table == null ? 0 : table.column(key);
        log.add(line, column, problem.message());
    }
}
