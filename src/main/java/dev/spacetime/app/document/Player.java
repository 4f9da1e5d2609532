package dev.spacetime.app.document;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.step.Enabled;
import dev.spacetime.step.Linearization;
import dev.spacetime.step.Replay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The step-through: view state, not an edit. Replays the diagram along an order — ⇒, ⇒ exactly as the
 * system sees it, physical time, or one the user builds by picking among the enabled events — with a
 * cursor counting the events that have happened. After an edit the cursor stays where it still makes
 * sense: just past the events that had happened and still come first.
 */
public final class Player {
    public final BooleanProperty active = new SimpleBooleanProperty(false);
    public final ObjectProperty<Linearization.Kind> kind = new SimpleObjectProperty<>(Linearization.Kind.TOTAL_ORDER);
    /** Steps a second while playing. */
    public final DoubleProperty speed = new SimpleDoubleProperty(1.5);
    private final ReadOnlyIntegerWrapper cursor = new ReadOnlyIntegerWrapper(0);
    private final List<String> picked = new ArrayList<>(); // the order built by hand, as ids
    private Analysis analysis;
    private int[] order = new int[0]; // null until asked for: a million events take a fifth of a second to order

    ReadOnlyIntegerProperty cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    public int cursor() {
        return cursor.get();
    }

    /** Steps in the order: every event, or by hand the events picked so far. */
    public int length() {
        return order().length;
    }

    /** The order, worked out on first use after the diagram changed. */
    private int[] order() {
        if (order == null) {
            order = analysis == null ? new int[0] : switch (kind.get()) {
                case BY_HAND -> handOrder(analysis);
                default -> Linearization.of(kind.get(), analysis);
            };
        }
        return order;
    }

    /** Total events, the scrubber's range. */
    int eventCount() {
        return analysis == null ? 0 : analysis.eventCount();
    }

    /** Whether the player is following this analysis of the diagram. */
    boolean follows(Analysis a) {
        return analysis == a;
    }

    /** Forgets the diagram: another one was opened. */
    void reset() {
        analysis = null;
        order = new int[0];
        picked.clear();
        cursor.set(0);
    }

    /** Follows the diagram after it changed (or the order's kind did), keeping the cursor where it makes sense. */
    void rebase(Analysis now) {
        Set<String> happened = new HashSet<>();
        if (analysis != null && cursor.get() > 0) {
            int[] before = order();
            for (int k = 0; k < cursor.get() && k < before.length; k++) {
                happened.add(analysis.id(before[k]));
            }
        }
        analysis = now;
        order = null;
        if (happened.isEmpty()) {
            cursor.set(0); // at the start: the order waits until stepping asks for it
            return;
        }
        int[] after = order();
        int k = 0;
        while (k < after.length && happened.contains(now.id(after[k]))) {
            k++;
        }
        cursor.set(k);
    }

    /** The picked ids that still exist, cut at the first that could no longer happen there. */
    private int[] handOrder(Analysis now) {
        EventGraph g = now.graph();
        boolean[] done = new boolean[g.eventCount()];
        List<Integer> valid = new ArrayList<>();
        for (String id : picked) {
            int e = now.indexOf(id);
            if (e < 0 || !Enabled.isEnabled(g, done, e)) {
                break;
            }
            done[e] = true;
            valid.add(e);
        }
        picked.subList(valid.size(), picked.size()).clear();
        return valid.stream().mapToInt(Integer::intValue).toArray();
    }

    public Replay replay() {
        return analysis == null ? null : new Replay(analysis, order(), cursor.get());
    }

    /** The events that can happen next (highlighted when stepping by hand). */
    public List<Integer> enabled() {
        return analysis == null ? List.of() : Enabled.of(analysis.graph(), happened());
    }

    /** Whether event e has happened at the cursor. */
    public boolean happened(int e) {
        Replay r = replay();
        return r != null && r.happened(e);
    }

    private boolean[] happened() {
        Replay r = replay();
        boolean[] happened = new boolean[analysis.eventCount()];
        for (int e = 0; e < happened.length; e++) {
            happened[e] = r.happened(e);
        }
        return happened;
    }

    /** One step on; by hand at the end of what was picked, the only enabled event if there is one. Returns why not, or null. */
    public String forward() {
        if (cursor.get() < order().length) {
            cursor.set(cursor.get() + 1);
            return null;
        }
        if (kind.get() == Linearization.Kind.BY_HAND && analysis != null) {
            List<Integer> next = enabled();
            if (next.size() == 1) {
                return pick(next.get(0));
            }
            return next.isEmpty() ? "every event has happened" : "pick the next event: click one of the ringed events";
        }
        return "every event has happened";
    }

    public void back() {
        cursor.set(Math.max(0, cursor.get() - 1));
    }

    public void toStart() {
        cursor.set(0);
    }

    public void toEnd() {
        cursor.set(order().length);
    }

    public void seek(int k) {
        cursor.set(Math.max(0, Math.min(k, order().length)));
    }

    /** Stepping by hand: event e happens next (dropping any later picks). Returns why not, or null. */
    public String pick(int e) {
        if (!enabled().contains(e)) {
            String why = Enabled.whyNot(analysis.graph(), happened(), e);
            return why != null ? why : analysis.id(e) + " has happened already";
        }
        picked.subList(Math.min(cursor.get(), picked.size()), picked.size()).clear();
        picked.add(analysis.id(e));
        order = handOrder(analysis);
        cursor.set(order.length);
        return null;
    }

    /**
     * Steps to just after event e ("Step to here"): along the order, or by hand making it happen next if it
     * has not happened yet. Returns why not, or null.
     */
    public String stepTo(int e) {
        if (analysis == null) {
            return "nothing to step through";
        }
        if (kind.get() == Linearization.Kind.BY_HAND && !happened(e)) {
            return pick(e);
        }
        int[] o = order();
        for (int k = 0; k < o.length; k++) {
            if (o[k] == e) {
                cursor.set(k + 1);
                return null;
            }
        }
        return analysis.id(e) + " is not in the order";
    }

    public boolean atEnd() {
        return cursor.get() >= order().length && (kind.get() != Linearization.Kind.BY_HAND || enabled().isEmpty());
    }
}
