package dev.spacetime.model;

import java.util.List;
import java.util.Map;

/**
 * Builds a diagram in bulk, as a file reader or a generator does, without checking the paper's rules
 * one edit at a time; run {@link Rules#check} on the result. It refuses only what the storage cannot
 * hold: a duplicate name or id, a message end that does not exist, a second message between the same two
 * events.
 */
public final class DiagramBuilder {
    /** Why {@link #addMessage} refused a message. */
    public enum MessageRefusal { NONE, UNKNOWN_FROM, UNKNOWN_TO, DUPLICATE }

    private final Diagram diagram;

    public DiagramBuilder(int expectedEvents) {
        diagram = new Diagram(expectedEvents);
    }

    public DiagramBuilder title(String title) {
        diagram.setTitle(title);
        return this;
    }

    // Annotations are kept in the order they are given, which is the order a file lists them in.
    // They may name events not yet added; a file reader checks them once the diagram is built.

    /** Keeps a place for annotations even if none are given, as a file's empty "view" object does. */
    public DiagramBuilder keepAnnotations() {
        diagram.annotations().keep();
        return this;
    }

    public DiagramBuilder timeDirection(TimeDirection direction) {
        diagram.annotations().setTimeDirection(direction);
        return this;
    }

    public DiagramBuilder simulation(SimulationSettings settings) {
        diagram.annotations().setSimulation(settings);
        return this;
    }

    /** Adds bars; an empty list still keeps the (empty) list of bars in its place. */
    public DiagramBuilder bars(List<Bar> bars) {
        diagram.annotations().addBars(bars);
        return this;
    }

    /** Adds step notes by event id; an empty map still keeps the (empty) set of notes in its place. */
    public DiagramBuilder stepNotes(Map<String, String> notes) {
        diagram.annotations().keepStepNotes();
        notes.forEach(diagram.annotations()::putStepNote);
        return this;
    }

    public DiagramBuilder stepNote(String eventId, String note) {
        diagram.annotations().putStepNote(eventId, note);
        return this;
    }

    /** Keeps the (so far empty) set of log fields in its place; {@link #eventFields} adds to it. */
    public DiagramBuilder keepFields() {
        diagram.annotations().keepFields();
        return this;
    }

    /** The fields a log gave one event, by field name in order. */
    public DiagramBuilder eventFields(String eventId, Map<String, String> fields) {
        diagram.annotations().putFields(eventId, fields);
        return this;
    }

    /**
     * The diagram's own clock assignment beside the Lamport clocks, e.g. a simulation's physical clocks
     * ("C_phys"), by event id in order; an empty map still keeps the (empty) assignment in its place.
     */
    public DiagramBuilder clocks(String name, Map<String, Double> values) {
        diagram.annotations().setClockName(name);
        values.forEach(diagram.annotations()::putClock);
        return this;
    }

    /** A setting this program does not know, kept as plain JSON values to be written back as it was. */
    public DiagramBuilder otherAnnotation(String name, Object value) {
        diagram.annotations().putOther(name, value);
        return this;
    }

    /** Adds a process at the end; returns its index, or -1 if the name is taken. */
    public int addProcess(String name) {
        if (diagram.processIndex(name) >= 0) {
            return -1;
        }
        return diagram.insertProcess(diagram.processCount(), name);
    }

    /** Readies the builder for events with the ids {@code ids[0..n)}, to be added next (see {@link Diagram#expectIds}). */
    public void expectIds(String[] ids, int n) {
        diagram.expectIds(ids, n);
    }

    /** Appends an event to a process; returns its handle, or -1 if the id is taken. */
    public int addEvent(int process, String id, String label, double time) {
        return diagram.insertEvent(process, diagram.eventCount(process), id, label, time);
    }

    /** Appends a message from one event to another, both named by id. */
    public MessageRefusal addMessage(String from, String to, String label, boolean external) {
        int send = diagram.findEvent(from);
        if (send < 0) {
            return MessageRefusal.UNKNOWN_FROM;
        }
        int receive = diagram.findEvent(to);
        return receive < 0 ? MessageRefusal.UNKNOWN_TO : addMessage(send, receive, label, external);
    }

    /** The events named by {@code ids[0..n)} into {@code handles[0..n)}, -1 for an id not there (see {@link Diagram#findEvents}). */
    public void findEvents(String[] ids, int n, int[] handles) {
        diagram.findEvents(ids, n, handles);
    }

    /**
     * Appends a message between two events named by the handles {@link #addEvent} returned, saving the
     * lookup by id when the caller kept them.
     */
    public MessageRefusal addMessage(int send, int receive, String label, boolean external) {
        if (!diagram.isEvent(send)) {
            return MessageRefusal.UNKNOWN_FROM;
        }
        if (!diagram.isEvent(receive)) {
            return MessageRefusal.UNKNOWN_TO;
        }
        return diagram.insertMessage(diagram.messageCount(), send, receive, label, external) < 0
                ? MessageRefusal.DUPLICATE : MessageRefusal.NONE;
    }

    /**
     * After {@link #build}: drops the annotations that name no event of the diagram, left behind in
     * files saved before renaming or removing an event took its annotations along.
     */
    public void dropAnnotationsNamingNoEvent() {
        diagram.annotations().dropNamingMissing(id -> diagram.findEvent(id) >= 0);
    }

    /** The diagram built so far; the builder must not be used afterwards. */
    public Diagram build() {
        return diagram;
    }
}
