package dev.spacetime.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A space-time diagram: ordered processes, each an ordered sequence of events, and messages from a
 * send event to a receive event.
 *
 * <p>Storage is compact so that a million events fit in a few tens of megabytes: every event is an
 * int <em>handle</em> into parallel arrays, each process keeps an {@link IntList} of handles, and ids
 * are indexed by an open-addressing map. A handle stays valid until its event is removed. Because an
 * event receives at most one message (the paper's rule), a message is stored on its receive event and
 * is named by the receive event's handle.
 *
 * <p>Reads are public. Changes go through {@link Edit}s, which check the paper's rules and return their
 * own inverse, or through {@link DiagramBuilder} for bulk loading followed by {@link Rules#check}.
 */
public final class Diagram {
    /** A process of the diagram; its index is its position in the diagram's order. */
    static final class Proc {
        String name;
        int index;
        final IntList events = new IntList(4);

        Proc(String name) {
            this.name = name;
        }
    }

    private String title = "";
    private Annotations annotations = new Annotations();

    private final List<Proc> processes = new ArrayList<>();
    private final Map<String, Proc> processByName = new HashMap<>();

    // Per event handle. A removed handle is recycled through the free list.
    private String[] ids;
    private String[] labels;
    private double[] times;
    private Proc[] procOf;
    private int[] position;
    private int[] sender;        // send event of the message this event receives, or -1
    private String[] msgLabels;  // label of the message this event receives
    private boolean[] external;  // the message this event receives travels outside the system
    private int[] sendCount;     // messages this event sends
    private final IntList freeHandles = new IntList();
    private int highWater;
    private int liveEvents;
    private final StringIntMap idIndex;

    // Messages in their file order, each named by its receive event's handle.
    private final IntList messages = new IntList();

    public Diagram() {
        this(16);
    }

    /** An empty diagram with room for {@code expectedEvents} events before its arrays grow. */
    public Diagram(int expectedEvents) {
        int n = Math.max(16, expectedEvents);
        ids = new String[n];
        labels = new String[n];
        times = new double[n];
        procOf = new Proc[n];
        position = new int[n];
        sender = new int[n];
        msgLabels = new String[n];
        external = new boolean[n];
        sendCount = new int[n];
        idIndex = new StringIntMap(n);
    }

    // ---- diagram ----

    public String title() {
        return title;
    }

    /** What the diagram keeps besides its events and messages: bars, step notes, log fields, settings. */
    public Annotations annotations() {
        return annotations;
    }

    // ---- processes ----

    public int processCount() {
        return processes.size();
    }

    public String processName(int process) {
        return processes.get(process).name;
    }

    /** The index of the process with this name, or -1. */
    public int processIndex(String name) {
        Proc p = processByName.get(name);
        return p == null ? -1 : p.index;
    }

    public int eventCount(int process) {
        return processes.get(process).events.size();
    }

    /** The handle of the event at {@code position} on {@code process}. */
    public int eventAt(int process, int position) {
        return processes.get(process).events.get(position);
    }

    // ---- events ----

    /** The number of events in the diagram. */
    public int eventCount() {
        return liveEvents;
    }

    /** One more than the largest handle in use: the size of arrays indexed by handle. */
    public int handleLimit() {
        return highWater;
    }

    public boolean isEvent(int handle) {
        return handle >= 0 && handle < highWater && procOf[handle] != null;
    }

    /** The handle of the event with this id, or -1. */
    public int findEvent(String id) {
        return id == null ? -1 : idIndex.get(id);
    }

    public String eventId(int event) {
        return ids[check(event)];
    }

    /** The event's label, or null. */
    public String eventLabel(int event) {
        return labels[check(event)];
    }

    public boolean hasTime(int event) {
        return !Double.isNaN(times[check(event)]);
    }

    /** The event's physical time, or NaN when it has none. */
    public double eventTime(int event) {
        return times[check(event)];
    }

    public int processOf(int event) {
        return procOf[check(event)].index;
    }

    public int positionOf(int event) {
        return position[check(event)];
    }

    // ---- messages ----

    public int messageCount() {
        return messages.size();
    }

    /** The receive event of the {@code index}-th message; a message is named by its receive event. */
    public int messageAt(int index) {
        return messages.get(index);
    }

    /** The position of the message received by {@code receive} in the message list, or -1. */
    public int messageIndexOf(int receive) {
        return isReceive(receive) ? messages.indexOf(receive) : -1;
    }

    public boolean isReceive(int event) {
        return sender[check(event)] >= 0;
    }

    /** The send event of the message {@code receive} receives, or -1. */
    public int senderOf(int receive) {
        return sender[check(receive)];
    }

    public boolean isExternal(int receive) {
        return external[check(receive)];
    }

    /** The label of the message received by {@code receive}, or null. */
    public String messageLabel(int receive) {
        return msgLabels[check(receive)];
    }

    public int sendCount(int event) {
        return sendCount[check(event)];
    }

    /** The receive events of the messages {@code send} sends, in the diagram's order of events. */
    public int[] receiversOf(int send) {
        check(send);
        int[] out = new int[sendCount[send]];
        if (out.length == 0) {
            return out;
        }
        int n = 0;
        for (int k = 0; k < messages.size() && n < out.length; k++) {
            int r = messages.get(k);
            if (sender[r] == send) {
                out[n++] = r;
            }
        }
        // A multicast reaches at most one event per other process: insertion sort is plenty.
        for (int i = 1; i < n; i++) {
            int r = out[i];
            int j = i - 1;
            while (j >= 0 && comesAfter(out[j], r)) {
                out[j + 1] = out[j];
                j--;
            }
            out[j + 1] = r;
        }
        return out;
    }

    private boolean comesAfter(int a, int b) {
        return procOf[a].index != procOf[b].index ? procOf[a].index > procOf[b].index : position[a] > position[b];
    }

    // ---- whole-diagram operations ----

    /** A deep copy. */
    public Diagram copy() {
        Diagram d = new Diagram(Math.max(16, liveEvents));
        d.title = title;
        d.annotations = annotations.copy();
        int[] map = new int[highWater];
        for (Proc p : processes) {
            int pi = d.insertProcess(d.processCount(), p.name);
            for (int i = 0; i < p.events.size(); i++) {
                int e = p.events.get(i);
                map[e] = d.insertEvent(pi, i, ids[e], labels[e], times[e]);
            }
        }
        for (int k = 0; k < messages.size(); k++) {
            int r = messages.get(k);
            d.insertMessage(k, map[sender[r]], map[r], msgLabels[r], external[r]);
        }
        return d;
    }

    /**
     * True when both diagrams have the same title, annotations, processes, events (ids, labels, times, order)
     * and messages in the same order: what a user would call the identical diagram.
     */
    public boolean sameContent(Diagram o) {
        if (!title.equals(o.title) || !annotations.sameContent(o.annotations)
                || processCount() != o.processCount() || messageCount() != o.messageCount()) {
            return false;
        }
        for (int p = 0; p < processCount(); p++) {
            if (!processName(p).equals(o.processName(p)) || eventCount(p) != o.eventCount(p)) {
                return false;
            }
            for (int i = 0; i < eventCount(p); i++) {
                int a = eventAt(p, i);
                int b = o.eventAt(p, i);
                if (!ids[a].equals(o.ids[b]) || !Objects.equals(labels[a], o.labels[b])
                        || Double.compare(times[a], o.times[b]) != 0) {
                    return false;
                }
            }
        }
        for (int k = 0; k < messageCount(); k++) {
            int a = messageAt(k);
            int b = o.messageAt(k);
            if (!ids[a].equals(o.ids[b]) || !ids[sender[a]].equals(o.ids[o.sender[b]])
                    || !Objects.equals(msgLabels[a], o.msgLabels[b]) || external[a] != o.external[b]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Diagram[" + title + ": " + processCount() + " processes, " + eventCount() + " events, "
                + messageCount() + " messages]";
    }

    // ---- package-private mutators, used by edits and the builder; they check structure, not rules ----

    void setTitle(String title) {
        this.title = Objects.requireNonNull(title);
    }

    int insertProcess(int index, String name) {
        if (processByName.containsKey(name)) {
            throw new IllegalStateException("duplicate process " + name);
        }
        Proc p = new Proc(name);
        processes.add(index, p);
        processByName.put(name, p);
        reindexProcesses();
        return index;
    }

    void removeEmptyProcess(int index) {
        Proc p = processes.get(index);
        if (p.events.size() > 0) {
            throw new IllegalStateException("process " + p.name + " still has events");
        }
        processes.remove(index);
        processByName.remove(p.name);
        reindexProcesses();
    }

    void renameProcess(int index, String name) {
        Proc p = processes.get(index);
        if (processByName.containsKey(name) && processByName.get(name) != p) {
            throw new IllegalStateException("duplicate process " + name);
        }
        processByName.remove(p.name);
        p.name = name;
        processByName.put(name, p);
    }

    void moveProcess(int from, int to) {
        Proc p = processes.remove(from);
        processes.add(to, p);
        reindexProcesses();
    }

    /** Inserts an event; returns its handle, or -1 (changing nothing) when the id is taken. */
    int insertEvent(int process, int pos, String id, String label, double time) {
        int e = freeHandles.size() > 0 ? freeHandles.get(freeHandles.size() - 1) : highWater;
        if (idIndex.putIfAbsent(id, e) >= 0) {
            return -1;
        }
        if (e == highWater) {
            highWater++;
        } else {
            freeHandles.removeAt(freeHandles.size() - 1);
        }
        ensureCapacity(e + 1);
        Proc p = processes.get(process);
        ids[e] = id;
        labels[e] = label;
        times[e] = time;
        procOf[e] = p;
        sender[e] = -1;
        msgLabels[e] = null;
        external[e] = false;
        sendCount[e] = 0;
        if (pos == p.events.size()) {
            p.events.add(e);
            position[e] = pos;
        } else {
            p.events.insert(pos, e);
            renumber(p, pos);
        }
        liveEvents++;
        return e;
    }

    /** Removes an event that neither sends nor receives a message. */
    void removeIsolatedEvent(int event) {
        check(event);
        if (sender[event] >= 0 || sendCount[event] > 0) {
            throw new IllegalStateException("event " + ids[event] + " still has messages");
        }
        Proc p = procOf[event];
        int pos = position[event];
        p.events.removeAt(pos);
        renumber(p, pos);
        idIndex.remove(ids[event]);
        ids[event] = null;
        labels[event] = null;
        procOf[event] = null;
        freeHandles.add(event);
        liveEvents--;
    }

    void moveEvent(int event, int newPosition) {
        Proc p = procOf[check(event)];
        int old = position[event];
        p.events.removeAt(old);
        p.events.insert(newPosition, event);
        renumber(p, Math.min(old, newPosition));
    }

    void setEventId(int event, String id) {
        check(event);
        if (idIndex.get(id) >= 0 && idIndex.get(id) != event) {
            throw new IllegalStateException("duplicate event " + id);
        }
        idIndex.remove(ids[event]);
        annotations.renameEvent(ids[event], id);
        ids[event] = id;
        idIndex.putIfAbsent(id, event);
    }

    void setEventLabel(int event, String label) {
        labels[check(event)] = label;
    }

    void setEventTime(int event, double time) {
        times[check(event)] = time;
    }

    void insertMessage(int index, int send, int receive, String label, boolean isExternal) {
        check(send);
        check(receive);
        if (sender[receive] >= 0) {
            throw new IllegalStateException("event " + ids[receive] + " already receives a message");
        }
        sender[receive] = send;
        msgLabels[receive] = label;
        external[receive] = isExternal;
        sendCount[send]++;
        messages.insert(index, receive);
    }

    /** Removes the message received by {@code receive}; returns its index in the message list. */
    int removeMessage(int receive) {
        int index = messageIndexOf(receive);
        if (index < 0) {
            throw new IllegalStateException("event " + ids[receive] + " receives no message");
        }
        messages.removeAt(index);
        sendCount[sender[receive]]--;
        sender[receive] = -1;
        msgLabels[receive] = null;
        external[receive] = false;
        return index;
    }

    void setMessageLabel(int receive, String label) {
        msgLabels[check(receive)] = label;
    }

    void setExternal(int receive, boolean isExternal) {
        external[check(receive)] = isExternal;
    }

    // ---- internals ----

    private int check(int event) {
        if (!isEvent(event)) {
            throw new IllegalArgumentException("no event with handle " + event);
        }
        return event;
    }

    private void renumber(Proc p, int from) {
        for (int i = from; i < p.events.size(); i++) {
            position[p.events.get(i)] = i;
        }
    }

    private void reindexProcesses() {
        for (int i = 0; i < processes.size(); i++) {
            processes.get(i).index = i;
        }
    }

    private void ensureCapacity(int n) {
        if (n <= ids.length) {
            return;
        }
        int c = Math.max(n, ids.length + (ids.length >> 1));
        ids = Arrays.copyOf(ids, c);
        labels = Arrays.copyOf(labels, c);
        times = Arrays.copyOf(times, c);
        procOf = Arrays.copyOf(procOf, c);
        position = Arrays.copyOf(position, c);
        sender = Arrays.copyOf(sender, c);
        msgLabels = Arrays.copyOf(msgLabels, c);
        external = Arrays.copyOf(external, c);
        sendCount = Arrays.copyOf(sendCount, c);
    }
}
