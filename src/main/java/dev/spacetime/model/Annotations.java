package dev.spacetime.model;

import dev.spacetime.model.DetachedAnnotations.Placed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a diagram keeps besides its processes, events and messages: which way time runs, the simulation
 * that made it, bars along process lines, a note per event for the step-through, the fields of events
 * imported from a log, a clock assignment of its own beside the Lamport clocks (a simulation's physical
 * clocks, say), and any other settings its file holds, all in the order the file lists them.
 *
 * <p>Reads are public. Changes come from {@link DiagramBuilder} and from the edits that rename or
 * remove events, which carry an event's annotations along. The per-event maps are keyed by event id
 * and stay null in a diagram without them: a million events without annotations cost nothing here.
 */
public final class Annotations {
    /** A part of the annotations, as listed by {@link #order()}. */
    public enum Part { TIME_DIRECTION, SIMULATION, BARS, STEP_NOTES, FIELDS, CLOCKS, OTHER }

    private final List<Part> order = new ArrayList<>(4);
    private TimeDirection timeDirection;
    private SimulationSettings simulation;
    private List<Bar> bars;
    private LinkedHashMap<String, String> stepNotes;
    private LinkedHashMap<String, Map<String, String>> fields;
    private String clockName;                          // what the assigned clock is called, e.g. "C_phys"
    private LinkedHashMap<String, Double> clocks;      // its value at each event that has one
    private LinkedHashMap<String, Object> others;
    private boolean kept; // the diagram keeps annotations even when it has none (a file's empty "view")

    Annotations() {
    }

    // ---- reads ----

    /**
     * The parts present, in their order; {@link Part#OTHER} appears once for each of {@link #others()},
     * the n-th OTHER standing for the n-th of them.
     */
    public List<Part> order() {
        return Collections.unmodifiableList(order);
    }

    public boolean isEmpty() {
        return order.isEmpty();
    }

    /**
     * Whether the diagram keeps annotations at all: when it has some, or when its file had an empty
     * place for them, which a save then writes back as it was.
     */
    public boolean kept() {
        return kept || !order.isEmpty();
    }

    /** Which way the diagram reads best, or null when it does not say. */
    public TimeDirection timeDirection() {
        return timeDirection;
    }

    /** The simulation that made the diagram, or null. */
    public SimulationSettings simulation() {
        return simulation;
    }

    public List<Bar> bars() {
        return bars == null ? List.of() : Collections.unmodifiableList(bars);
    }

    /** The step-through's note for an event, or null. */
    public String stepNote(String eventId) {
        return stepNotes == null ? null : stepNotes.get(eventId);
    }

    /** Every step note by event id, in order. */
    public Map<String, String> stepNotes() {
        return stepNotes == null ? Map.of() : Collections.unmodifiableMap(stepNotes);
    }

    /** The fields a log gave an event, by field name in order; empty when it has none. */
    public Map<String, String> fields(String eventId) {
        Map<String, String> own = fields == null ? null : fields.get(eventId);
        return own == null ? Map.of() : own;
    }

    /** The fields of every event that has some, by event id, in order. */
    public Map<String, Map<String, String>> fields() {
        return fields == null ? Map.of() : Collections.unmodifiableMap(fields);
    }

    /** The name of the diagram's own clock assignment (e.g. "C_phys"), or null when it has none. */
    public String clockName() {
        return clockName;
    }

    /** The assigned clock's value at an event, or NaN when it has none. */
    public double clock(String eventId) {
        Double v = clocks == null ? null : clocks.get(eventId);
        return v == null ? Double.NaN : v;
    }

    /** The assigned clock's values by event id, in order; empty without an assignment. */
    public Map<String, Double> clocks() {
        return clocks == null ? Map.of() : Collections.unmodifiableMap(clocks);
    }

    /** The settings this program does not know, by name in order, as plain JSON values. */
    public Map<String, Object> others() {
        return others == null ? Map.of() : Collections.unmodifiableMap(others);
    }

    /** True when both hold the same parts in the same order with the same values, maps in the same order. */
    public boolean sameContent(Annotations o) {
        return order.equals(o.order) && kept() == o.kept() && timeDirection == o.timeDirection
                && Objects.equals(simulation, o.simulation) && bars().equals(o.bars())
                && sameInOrder(stepNotes(), o.stepNotes()) && sameInOrder(fields(), o.fields())
                && Objects.equals(clockName, o.clockName) && sameInOrder(clocks(), o.clocks())
                && sameInOrder(others(), o.others());
    }

    // ---- changes, for the builder and the edits ----

    void keep() {
        kept = true;
    }

    void setTimeDirection(TimeDirection direction) {
        timeDirection = direction;
        present(Part.TIME_DIRECTION, direction != null);
    }

    void setSimulation(SimulationSettings settings) {
        simulation = settings;
        present(Part.SIMULATION, settings != null);
    }

    /** Adds bars after those there are; with none, still records that the diagram keeps a (empty) list. */
    void addBars(List<Bar> more) {
        if (bars == null) {
            bars = new ArrayList<>(more.size());
            order.add(Part.BARS);
        }
        bars.addAll(more);
    }

    /** Records that the diagram keeps step notes, if only an empty set of them. */
    void keepStepNotes() {
        if (stepNotes == null) {
            stepNotes = new LinkedHashMap<>();
            order.add(Part.STEP_NOTES);
        }
    }

    void putStepNote(String eventId, String note) {
        keepStepNotes();
        stepNotes.put(Objects.requireNonNull(eventId), Objects.requireNonNull(note));
    }

    /** Records that the diagram keeps log fields, if only an empty set of them. */
    void keepFields() {
        if (fields == null) {
            fields = new LinkedHashMap<>();
            order.add(Part.FIELDS);
        }
    }

    void putFields(String eventId, Map<String, String> eventFields) {
        keepFields();
        fields.put(Objects.requireNonNull(eventId), Collections.unmodifiableMap(new LinkedHashMap<>(eventFields)));
    }

    /** Starts (or renames) the diagram's own clock assignment; its values come from {@link #putClock}. */
    void setClockName(String name) {
        clockName = Objects.requireNonNull(name);
        if (clocks == null) {
            clocks = new LinkedHashMap<>();
        }
        present(Part.CLOCKS, true);
    }

    void putClock(String eventId, double value) {
        if (clockName == null) {
            throw new IllegalStateException("name the clock assignment first");
        }
        clocks.put(Objects.requireNonNull(eventId), value);
    }

    /** Where the event's value stands among the assigned clock's values (0 first), or -1 when it has none. */
    int clockPlace(String eventId) {
        if (clocks == null || !clocks.containsKey(eventId)) {
            return -1;
        }
        int place = 0;
        for (String id : clocks.keySet()) {
            if (id.equals(eventId)) {
                return place;
            }
            place++;
        }
        return -1;
    }

    /** Puts an event's value back at the place it had among the values, so a save writes them as before. */
    void putClockAt(String eventId, double value, int place) {
        if (clockName == null) {
            throw new IllegalStateException("name the clock assignment first");
        }
        if (place < 0 || place >= clocks.size() || clocks.containsKey(eventId)) {
            clocks.put(eventId, value);
        } else {
            clocks = inserted(clocks, List.of(new Placed<>(place, eventId, value)));
        }
    }

    void removeClock(String eventId) {
        if (clocks != null) {
            clocks.remove(eventId);
        }
    }

    /** The whole clock assignment as it stands, with its place among the parts, or null when there is none. */
    ClockAssignment clockAssignment() {
        return clockName == null ? null
                : new ClockAssignment(clockName, new LinkedHashMap<>(clocks), order.indexOf(Part.CLOCKS));
    }

    /** Takes the clock assignment away altogether: the diagram then has only the Lamport clocks. */
    void dropClocks() {
        clockName = null;
        clocks = null;
        present(Part.CLOCKS, false);
    }

    /** Puts back an assignment {@link #clockAssignment} took, its part at the place it had. */
    void restoreClocks(ClockAssignment taken) {
        clockName = taken.name();
        clocks = new LinkedHashMap<>(taken.values());
        order.remove(Part.CLOCKS);
        order.add(Math.max(0, Math.min(taken.place(), order.size())), Part.CLOCKS);
    }

    void putOther(String key, Object value) {
        if (others == null) {
            others = new LinkedHashMap<>();
        }
        if (!others.containsKey(Objects.requireNonNull(key))) {
            order.add(Part.OTHER);
        }
        others.put(key, JsonValues.deepCopy(value));
    }

    /** Moves an event's fields, step note and bar ends to its new id, each keeping its place. */
    void renameEvent(String id, String newId) {
        fields = renamedKey(fields, id, newId);
        stepNotes = renamedKey(stepNotes, id, newId);
        clocks = renamedKey(clocks, id, newId);
        if (bars != null) {
            bars.replaceAll(b -> b.renamed(id, newId));
        }
    }

    /** Takes away the fields and step notes of the events {@code ids}, and every bar that ends at one. */
    DetachedAnnotations detach(Set<String> ids) {
        List<Placed<Map<String, String>>> takenFields = take(fields, ids);
        List<Placed<String>> takenNotes = take(stepNotes, ids);
        List<Placed<Double>> takenClocks = take(clocks, ids);
        List<Placed<Bar>> takenBars = new ArrayList<>();
        if (bars != null) {
            for (int i = 0; i < bars.size(); i++) {
                if (bars.get(i).endsAt(ids)) {
                    takenBars.add(new Placed<>(i, null, bars.get(i)));
                }
            }
            for (int i = takenBars.size() - 1; i >= 0; i--) {
                bars.remove(takenBars.get(i).index());
            }
        }
        if (takenFields.isEmpty() && takenNotes.isEmpty() && takenBars.isEmpty() && takenClocks.isEmpty()) {
            return DetachedAnnotations.NONE;
        }
        return new DetachedAnnotations(takenFields, takenNotes, takenBars, takenClocks);
    }

    /**
     * Drops every annotation that names an event the diagram does not have: a file saved before renames
     * and removals carried annotations along may hold such leftovers, which belong to nothing.
     */
    void dropNamingMissing(java.util.function.Predicate<String> exists) {
        Set<String> missing = new java.util.HashSet<>();
        for (Bar bar : bars()) {
            for (String end : List.of(bar.from(), bar.to())) {
                if (!exists.test(end)) {
                    missing.add(end);
                }
            }
        }
        stepNotes().keySet().stream().filter(id -> !exists.test(id)).forEach(missing::add);
        fields().keySet().stream().filter(id -> !exists.test(id)).forEach(missing::add);
        clocks().keySet().stream().filter(id -> !exists.test(id)).forEach(missing::add);
        if (!missing.isEmpty()) {
            detach(missing);
        }
    }

    /** Puts back what {@link #detach} took, each where it was. */
    void restore(DetachedAnnotations taken) {
        if (!taken.fields().isEmpty()) {
            keepFields();
            fields = inserted(fields, taken.fields());
        }
        if (!taken.stepNotes().isEmpty()) {
            keepStepNotes();
            stepNotes = inserted(stepNotes, taken.stepNotes());
        }
        if (!taken.clocks().isEmpty() && clocks != null) {
            clocks = inserted(clocks, taken.clocks());
        }
        if (!taken.bars().isEmpty()) {
            addBars(List.of());
            for (Placed<Bar> b : taken.bars()) {
                bars.add(Math.min(b.index(), bars.size()), b.value());
            }
        }
    }

    Annotations copy() {
        Annotations c = new Annotations();
        c.kept = kept;
        c.order.addAll(order);
        c.timeDirection = timeDirection;
        c.simulation = simulation;
        c.bars = bars == null ? null : new ArrayList<>(bars);
        c.stepNotes = stepNotes == null ? null : new LinkedHashMap<>(stepNotes);
        c.fields = fields == null ? null : new LinkedHashMap<>(fields);
        c.clockName = clockName;
        c.clocks = clocks == null ? null : new LinkedHashMap<>(clocks);
        if (others != null) {
            c.others = new LinkedHashMap<>();
            others.forEach((k, v) -> c.others.put(k, JsonValues.deepCopy(v)));
        }
        return c;
    }

    // ---- internals ----

    private void present(Part part, boolean present) {
        if (!present) {
            order.remove(part);
        } else if (!order.contains(part)) {
            order.add(part);
        }
    }

    /**
     * The map with the key {@code id} changed to {@code newId} in its place. A LinkedHashMap cannot
     * change a key where it stands, and keeping the place is what lets an undo give back the same file;
     * the copy costs one pass, and only when the event has such an annotation.
     */
    private static <V> LinkedHashMap<String, V> renamedKey(LinkedHashMap<String, V> map, String id, String newId) {
        if (map == null || !map.containsKey(id)) {
            return map;
        }
        LinkedHashMap<String, V> out = new LinkedHashMap<>(map.size() * 4 / 3 + 1);
        map.forEach((k, v) -> out.put(k.equals(id) ? newId : k, v));
        return out;
    }

    /** Removes the entries of {@code ids} from the map, returning them with their places in ascending order. */
    private static <V> List<Placed<V>> take(LinkedHashMap<String, V> map, Set<String> ids) {
        if (map == null || map.isEmpty() || ids.stream().noneMatch(map::containsKey)) {
            return List.of();
        }
        List<Placed<V>> taken = new ArrayList<>();
        int index = 0;
        for (Iterator<Map.Entry<String, V>> it = map.entrySet().iterator(); it.hasNext(); index++) {
            Map.Entry<String, V> entry = it.next();
            if (ids.contains(entry.getKey())) {
                taken.add(new Placed<>(index, entry.getKey(), entry.getValue()));
                it.remove();
            }
        }
        return taken;
    }

    /** The map with the placed entries put back at their places (ascending), in one pass. */
    private static <V> LinkedHashMap<String, V> inserted(LinkedHashMap<String, V> map, List<Placed<V>> placed) {
        LinkedHashMap<String, V> out = new LinkedHashMap<>((map.size() + placed.size()) * 4 / 3 + 1);
        int next = 0;
        for (Map.Entry<String, V> entry : map.entrySet()) {
            while (next < placed.size() && placed.get(next).index() <= out.size()) {
                out.put(placed.get(next).eventId(), placed.get(next).value());
                next++;
            }
            out.put(entry.getKey(), entry.getValue());
        }
        for (; next < placed.size(); next++) {
            out.put(placed.get(next).eventId(), placed.get(next).value());
        }
        return out;
    }

    private static boolean sameInOrder(Map<String, ?> a, Map<String, ?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Iterator<? extends Map.Entry<String, ?>> x = a.entrySet().iterator();
        Iterator<? extends Map.Entry<String, ?>> y = b.entrySet().iterator();
        while (x.hasNext()) {
            if (!x.next().equals(y.next())) {
                return false;
            }
        }
        return true;
    }
}
