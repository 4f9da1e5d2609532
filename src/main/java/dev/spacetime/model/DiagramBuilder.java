package dev.spacetime.model;

import java.util.Map;

/**
 * Builds a diagram in bulk, as a file reader or a generator does, without checking the paper's rules
 * one edit at a time; run {@link Rules#check} on the result. It refuses only what the storage cannot
 * hold: a duplicate name or id, a message end that does not exist, a second message into one event.
 */
public final class DiagramBuilder {
    /** Why {@link #addMessage} refused a message. */
    public enum MessageRefusal { NONE, UNKNOWN_FROM, UNKNOWN_TO, RECEIVES_TWICE }

    private final Diagram diagram;

    public DiagramBuilder(int expectedEvents) {
        diagram = new Diagram(expectedEvents);
    }

    public DiagramBuilder title(String title) {
        diagram.setTitle(title);
        return this;
    }

    public DiagramBuilder view(Map<String, Object> view) {
        diagram.setView(view);
        return this;
    }

    /** Adds a process at the end; returns its index, or -1 if the name is taken. */
    public int addProcess(String name) {
        if (diagram.processIndex(name) >= 0) {
            return -1;
        }
        return diagram.insertProcess(diagram.processCount(), name);
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
        if (diagram.isReceive(receive)) {
            return MessageRefusal.RECEIVES_TWICE;
        }
        diagram.insertMessage(diagram.messageCount(), send, receive, label, external);
        return MessageRefusal.NONE;
    }

    /** The diagram built so far; the builder must not be used afterwards. */
    public Diagram build() {
        return diagram;
    }
}
