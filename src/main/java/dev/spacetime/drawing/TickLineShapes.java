package dev.spacetime.drawing;

import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.TickLines;
import java.util.List;

/** Figure 2's tick lines as shapes: a dashed polyline per clock value across the processes, numbered at the end. */
final class TickLineShapes {
    private TickLineShapes() {
    }

    static void add(DiagramLayout layout, List<Shape> shapes) {
        TickLines ticks = TickLines.of(layout);
        int processes = layout.analysis().graph().processCount();
        if (processes == 0) {
            return;
        }
        int every = Math.max(1, (int) Math.ceil(ticks.count() / (double) DrawingBuilder.TICK_LINE_LIMIT));
        for (int k = every; k <= ticks.count(); k += every) {
            for (int p = 0; p + 1 < processes; p++) {
                shapes.add(new Shape.Line(layout.x(p, ticks.time(k, p)), layout.y(p, ticks.time(k, p)),
                        layout.x(p + 1, ticks.time(k, p + 1)), layout.y(p + 1, ticks.time(k, p + 1)), true,
                        Role.TICK_LINE));
            }
            int last = processes - 1;
            shapes.add(new Shape.Text(layout.x(last, ticks.time(k, last)), layout.y(last, ticks.time(k, last)),
                    Integer.toString(k), Shape.Anchor.LEFT, Role.TICK_LABEL));
        }
    }
}
