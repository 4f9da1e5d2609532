package dev.spacetime.drawing;

import dev.spacetime.causality.EventGraph;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.model.Bar;
import dev.spacetime.model.Diagram;
import java.util.ArrayList;
import java.util.List;

/**
 * What a diagram's annotations ask to be shown besides its events and messages: its bars, stretches of
 * a process line between two of its events (a process holding the resource), and its step notes, a
 * line of text per event that the step-through shows beside the process's clock once that event has
 * happened (its request queue, say).
 */
public final class BarsAndNotes {
    private BarsAndNotes() {
    }

    static void bars(DiagramLayout layout, List<Shape> shapes) {
        for (int[] bar : drawnBars(layout.analysis().graph())) {
            shapes.add(new Shape.Line(layout.eventX(bar[0]), layout.eventY(bar[0]), layout.eventX(bar[1]),
                    layout.eventY(bar[1]), false, Role.BAR));
        }
    }

    /** The bars that are drawn, each as its two events {from, to}, in the order they are drawn. */
    static List<int[]> drawnBars(EventGraph g) {
        List<int[]> drawn = new ArrayList<>();
        for (Bar bar : g.diagram().annotations().bars()) {
            int from = g.indexOf(bar.from());
            int to = g.indexOf(bar.to());
            if (from >= 0 && to >= 0 && g.process(from) == g.process(to)) {
                drawn.add(new int[] {from, to});
            }
        }
        return drawn;
    }

    /** The note kept for an event, or null. */
    public static String stepNote(Diagram d, String eventId) {
        return d.annotations().stepNote(eventId);
    }
}
