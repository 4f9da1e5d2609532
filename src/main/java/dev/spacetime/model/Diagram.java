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
    private final IntList freeHandles = new IntList();
    private int highWater;
    private int liveEvents;
    private final StringIntMap idIndex;

    private final MessageTable messages;

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
        messages = new MessageTable(n);
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

    /** {@link #findEvent} of each of {@code ids[0..n)} (none null) into {@code handles}, waiting for memory together. */
    void findEvents(String[] ids, int n, int[] handles) {
        idIndex.getAll(ids, n, handles);
    }

    /** Reads ahead the id index's places for {@code ids[0..n)}, about to be added; changes nothing. */
    void expectIds(String[] ids, int n) {
        idIndex.readAhead(ids, n);
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
        return messages.count();
    }

    /** The handle of the {@code index}-th message in the diagram's (file) order. */
    public int message(int index) {
        return messages.at(index);
    }

    /** The position of message {@code m} in the message list, or -1. */
    public int messageIndexOf(int m) {
        return isMessage(m) ? messages.indexOf(m) : -1;
    }

    /** One more than the largest message handle in use: the size of arrays indexed by message handle. */
    public int messageHandleLimit() {
        return messages.handleLimit();
    }

    public boolean isMessage(int m) {
        return messages.isMessage(m);
    }

    /** The send event of message {@code m}. */
    public int messageFrom(int m) {
        return messages.from(checkMessage(m));
    }

    /** The receive event of message {@code m}. */
    public int messageTo(int m) {
        return messages.to(checkMessage(m));
    }

    /** The label of message {@code m}, or null. */
    public String messageLabel(int m) {
        return messages.label(checkMessage(m));
    }

    /** True when message {@code m} travels outside the system (the paper's section 5). */
    public boolean isExternal(int m) {
        return messages.external(checkMessage(m));
    }

    /** The message from event {@code send} to event {@code receive}, or -1. */
    public int messageBetween(int send, int receive) {
        return messages.between(check(send), check(receive));
    }

    /** True when the event receives at least one message. */
    public boolean isReceive(int event) {
        return messages.firstInto(check(event)) >= 0;
    }

    /** The number of messages the event receives. */
    public int receiveCount(int event) {
        int n = 0;
        for (int m = messages.firstInto(check(event)); m >= 0; m = messages.nextInto(m)) {
            n++;
        }
        return n;
    }

    /** The number of messages the event sends. */
    public int sendCount(int event) {
        int n = 0;
        for (int m = messages.firstOutOf(check(event)); m >= 0; m = messages.nextOutOf(m)) {
            n++;
        }
        return n;
    }

    /** The messages the event receives, ordered by their send events' places in the diagram. */
    public int[] messagesInto(int event) {
        int[] out = new int[receiveCount(event)];
        int n = 0;
        for (int m = messages.firstInto(event); m >= 0; m = messages.nextInto(m)) {
            out[n++] = m;
        }
        MessageOrder.bySender(this, out);
        return out;
    }

    /** The messages the event sends, ordered by their receive events' places in the diagram. */
    public int[] messagesOutOf(int event) {
        int[] out = new int[sendCount(event)];
        int n = 0;
        for (int m = messages.firstOutOf(event); m >= 0; m = messages.nextOutOf(m)) {
            out[n++] = m;
        }
        MessageOrder.byReceiver(this, out);
        return out;
    }

    /** The send events of the messages {@code receive} receives, in the diagram's order of events. */
    public int[] sendersOf(int receive) {
        int[] in = messagesInto(receive);
        for (int i = 0; i < in.length; i++) {
            in[i] = messages.from(in[i]);
        }
        return in;
    }

    /** The receive events of the messages {@code send} sends, in the diagram's order of events. */
    public int[] receiversOf(int send) {
        int[] out = messagesOutOf(send);
        for (int i = 0; i < out.length; i++) {
            out[i] = messages.to(out[i]);
        }
        return out;
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
        for (int k = 0; k < messages.count(); k++) {
            int m = messages.at(k);
            d.insertMessage(k, map[messages.from(m)], map[messages.to(m)], messages.label(m), messages.external(m));
        }
        return d;
    }

    /**
     * True when both diagrams have the same title, annotations, processes, events (ids, labels, times, order)
     * and messages in the same order: what a user would call the identical diagram.
     */
    public boolean sameContent(Diagram o) {
        return SameContent.of(this, o);
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
        messages.ensureEvents(e + 1);
        messages.clearEvent(e);
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
        if (messages.firstInto(event) >= 0 || messages.firstOutOf(event) >= 0) {
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

    /**
     * Inserts a message at {@code index} of the message list; returns its handle, or -1 (changing nothing)
     * when the same two events already have a message between them.
     */
    int insertMessage(int index, int send, int receive, String label, boolean isExternal) {
        check(send);
        check(receive);
        if (messages.between(send, receive) >= 0) {
            return -1;
        }
        return messages.insert(index, send, receive, label, isExternal);
    }

    /** Removes message {@code m}; returns its index in the message list. */
    int removeMessage(int m) {
        return messages.remove(checkMessage(m));
    }

    void setMessageLabel(int m, String label) {
        messages.setLabel(checkMessage(m), label);
    }

    void setExternal(int m, boolean isExternal) {
        messages.setExternal(checkMessage(m), isExternal);
    }

    // ---- internals ----

    private int check(int event) {
        if (!isEvent(event)) {
            throw new IllegalArgumentException("no event with handle " + event);
        }
        return event;
    }

    private int checkMessage(int m) {
        if (!messages.isMessage(m)) {
            throw new IllegalArgumentException("no message with handle " + m);
        }
        return m;
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
    }
}
