package dev.spacetime.drawing;

import java.util.List;

/**
 * What a drawing shows besides the diagram itself.
 *
 * @param clocks          which clock the event labels show
 * @param tickLines       Figure 2's dashed lines through like-numbered clock ticks
 * @param selected        ids of the selected events: one shows its past, future and concurrent events;
 *                        two show the relation between them and, when one happened before the other,
 *                        the chain that proves it
 * @param concurrentPairs a curve between every pair of concurrent events (up to {@link #PAIR_LINE_LIMIT}),
 *                        or with one event selected between it and each event concurrent with it
 * @param falseOrderings  a curve between every pair with C(a) &lt; C(b) yet a ‖ b (same limit)
 * @param anomalies       a curve between every pair with a ➝ b yet C(a) ≥ C(b), section 5's anomalies (same limit)
 */
public record DrawingOptions(ClockLabels clocks, boolean tickLines, List<String> selected, boolean concurrentPairs,
        boolean falseOrderings, boolean anomalies) {
    /** Pair lines drawn at most; beyond this a picture is a solid smear and tells nothing. */
    public static final int PAIR_LINE_LIMIT = 5000;

    public DrawingOptions {
        selected = List.copyOf(selected);
    }

    /** Options that mark no anomalies. */
    public DrawingOptions(ClockLabels clocks, boolean tickLines, List<String> selected, boolean concurrentPairs,
            boolean falseOrderings) {
        this(clocks, tickLines, selected, concurrentPairs, falseOrderings, false);
    }

    /** Just the diagram, labelled with the given clock. */
    public static DrawingOptions plain(ClockLabels clocks) {
        return new DrawingOptions(clocks, false, List.of(), false, false);
    }

    public DrawingOptions withSelected(List<String> ids) {
        return new DrawingOptions(clocks, tickLines, ids, concurrentPairs, falseOrderings, anomalies);
    }
}
