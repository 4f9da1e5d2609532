package dev.spacetime.drawing;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.CausalCone;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The key to an exported picture's colours, read off the drawing itself: an entry for each kind of
 * mark it holds that needs explaining (a selection's colours, tick lines, pair lines, the step's
 * faded events and clock registers, rings round events that break a condition), in the words of the
 * window's legend. A picture's key therefore never names a mark the picture does not show.
 */
public final class PictureKey {
    /** How an entry's sample is drawn. */
    public enum Swatch { DOT, RING, LINE, DASHED, WAVE, TEXT }

    /** One entry: a sample of the mark in its role's colour, and what it means. */
    public record Entry(Swatch swatch, Role role, String text) {
    }

    /** What an anomaly's line means, in the legend's words as in the picture's key. */
    public static final String ANOMALIES = "anomalies: a ➝ b, yet C(a) ≥ C(b)";
    /** What a C1 mark means, in the legend's words too. */
    public static final String C1_TEXT = "C1 fails: a before b on a process, yet C(a) ≥ C(b)";
    /** What a C2 mark means. */
    public static final String C2_TEXT = "C2 fails: a sends, b receives, yet C(a) ≥ C(b)";

    private PictureKey() {
    }

    /** The entries for this drawing of the analysed diagram, in a fixed order. */
    public static List<Entry> of(Drawing drawing, Analysis analysis) {
        Set<Role> dots = EnumSet.noneOf(Role.class);
        Set<Role> others = EnumSet.noneOf(Role.class);
        int selectedRings = 0;
        Shape.Ring selectedRing = null;
        long pairLines = 0;
        for (Shape s : drawing.shapes()) {
            if (s instanceof Shape.Dot d) {
                dots.add(d.role());
            } else {
                others.add(s.role());
            }
            if (s instanceof Shape.Ring r && r.role() == Role.SELECTED) {
                selectedRings++;
                selectedRing = r;
            }
            if (s.role() == Role.CONCURRENT_PAIR) {
                pairLines++;
            }
        }
        List<Entry> out = new ArrayList<>();
        if (selectedRings == 1) {
            out.add(new Entry(Swatch.RING, Role.SELECTED, "selected"));
        } else if (selectedRings == 2) {
            out.add(new Entry(Swatch.RING, Role.SELECTED, "the two selected events"));
        }
        // The selected event is the one its ring is round (its dot may be faded at a step).
        String selectedId = selectedRings == 1 ? idAt(drawing, selectedRing.x(), selectedRing.y()) : null;
        int selected = selectedId == null ? -1 : analysis.indexOf(selectedId);
        boolean external = selected >= 0 && paintedUnderExternal(drawing, analysis, selected);
        CausalCone cone = selected < 0 ? null : external ? analysis.coneWithExternal(selected) : analysis.cone(selected);
        // Each colour the picture shows (at a step, the events still to come are faded instead).
        if (dots.contains(Role.PAST)) {
            out.add(new Entry(Swatch.DOT, Role.PAST, external ? "past under ➝ (external messages count)"
                    : "causal past (happened before)"));
        }
        if (dots.contains(Role.FUTURE)) {
            out.add(new Entry(Swatch.DOT, Role.FUTURE, external ? "future under ➝ (external messages count)"
                    : "causal future (happened after)"));
        }
        if (dots.contains(Role.CONCURRENT)) {
            out.add(new Entry(Swatch.DOT, Role.CONCURRENT, (external ? "unordered by ➝" : "concurrent ‖")
                    + (cone == null ? "" : ": " + PairCountText.events(cone.concurrentSize()))));
        }
        if (others.contains(Role.WITNESS)) {
            out.add(new Entry(Swatch.LINE, Role.WITNESS, "chain proving a → b"));
        }
        if (others.contains(Role.SELECTED_PROCESS)) {
            out.add(new Entry(Swatch.LINE, Role.SELECTED_PROCESS, "selected process"));
        }
        if (others.contains(Role.SELECTED_MESSAGE)) {
            out.add(new Entry(Swatch.WAVE, Role.SELECTED_MESSAGE, "selected message"));
        }
        if (others.contains(Role.TICK_LINE)) {
            out.add(new Entry(Swatch.DASHED, Role.TICK_LINE, "tick lines"));
        }
        if (others.contains(Role.CONCURRENT_PAIR)) {
            long total = analysis.pairCounts().concurrent();
            out.add(new Entry(Swatch.DASHED, Role.CONCURRENT_PAIR, selected >= 0 && selectedRings == 1
                    ? PairCountText.ofEvent(total, selectedId, cone.concurrentSize(), pairLines, external)
                    : PairCountText.all(total, pairLines)));
        }
        if (others.contains(Role.FALSE_ORDERING)) {
            out.add(new Entry(Swatch.DASHED, Role.FALSE_ORDERING, "false orderings: C(a) < C(b), a ‖ b"));
        }
        if (others.contains(Role.ANOMALY)) {
            out.add(new Entry(Swatch.DASHED, Role.ANOMALY, ANOMALIES));
        }
        if (others.contains(Role.C1_FAILS)) {
            out.add(new Entry(Swatch.LINE, Role.C1_FAILS, C1_TEXT));
        }
        if (others.contains(Role.C2_FAILS)) {
            out.add(new Entry(Swatch.DASHED, Role.C2_FAILS, C2_TEXT));
        }
        if (others.contains(Role.RUN)) {
            out.add(new Entry(Swatch.LINE, Role.RUN, "runs of local events, drawn as their first"));
        }
        if (others.contains(Role.IMPLIED)) {
            out.add(new Entry(Swatch.DASHED, Role.IMPLIED, "through hidden processes"));
        }
        if (others.contains(Role.EXTERNAL_MESSAGE)) {
            out.add(new Entry(Swatch.WAVE, Role.EXTERNAL_MESSAGE, "external message"));
        }
        if (others.contains(Role.CURRENT)) {
            out.add(new Entry(Swatch.RING, Role.CURRENT, "the last step"));
        }
        if (others.contains(Role.ENABLED)) {
            out.add(new Entry(Swatch.RING, Role.ENABLED, "can happen next"));
        }
        if (dots.contains(Role.FADED)) {
            out.add(new Entry(Swatch.DOT, Role.FADED, "not happened yet"));
        }
        if (others.contains(Role.IN_FLIGHT)) {
            out.add(new Entry(Swatch.WAVE, Role.IN_FLIGHT, "message sent, not yet received"));
        }
        if (others.contains(Role.REGISTER)) {
            out.add(new Entry(Swatch.TEXT, Role.REGISTER, "C_i: process i's clock register"));
        }
        if (others.contains(Role.BROKEN)) {
            out.add(new Entry(Swatch.RING, Role.BROKEN, "breaks a condition"));
        }
        return out;
    }

    /**
     * Whether the picture colours the selected event's cone under ➝ (cones following external messages):
     * some dot is coloured past or future that only ➝ puts there.
     */
    private static boolean paintedUnderExternal(Drawing drawing, Analysis analysis, int selected) {
        if (!analysis.hasExternalMessages()) {
            return false;
        }
        CausalCone plain = analysis.cone(selected);
        for (Shape s : drawing.shapes()) {
            if (s instanceof Shape.Dot d && d.id() != null) {
                int e = analysis.indexOf(d.id());
                if (e >= 0 && (d.role() == Role.PAST && !plain.inPast(e) || d.role() == Role.FUTURE && !plain.inFuture(e))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String idAt(Drawing drawing, double x, double y) {
        for (Shape s : drawing.shapes()) {
            if (s instanceof Shape.Dot d && d.x() == x && d.y() == y && d.id() != null) {
                return d.id();
            }
        }
        return null;
    }
}
