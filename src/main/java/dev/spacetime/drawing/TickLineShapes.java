package dev.spacetime.drawing;

import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.TickLines;
import java.util.List;

/** Figure 2's tick lines as shapes: a dashed polyline per clock value across the processes, numbered at the end. */
final class TickLineShapes {
    private TickLineShapes() {
    }

    /** Adds the lines to {@code shapes} and their numbers to {@code labels} (painted last, after event labels have their room). */
    static void add(DiagramLayout layout, List<Shape> shapes, List<Shape> labels) {
        TickLines ticks = TickLines.of(layout);
        int processes = layout.shownProcesses();
        if (processes == 0) {
            return;
        }
        int every = Math.max(1, (int) Math.ceil(ticks.count() / (double) DrawingBuilder.TICK_LINE_LIMIT));
        for (int k = every; k <= ticks.count(); k += every) {
            for (int c = 0; c + 1 < processes; c++) {
                int p = layout.processAt(c);
                int q = layout.processAt(c + 1);
                shapes.add(new Shape.Line(layout.x(p, ticks.time(k, p)), layout.y(p, ticks.time(k, p)),
                        layout.x(q, ticks.time(k, q)), layout.y(q, ticks.time(k, q)), true, Role.TICK_LINE));
            }
            int last = layout.processAt(processes - 1);
            // Past the end of the last process's line: to its right when time goes up, below it otherwise.
            boolean up = layout.orientation() == dev.spacetime.layout.Orientation.TIME_UP;
            labels.add(new Shape.Text(layout.x(last, ticks.time(k, last)), layout.y(last, ticks.time(k, last)),
                    Integer.toString(k), up ? Shape.Anchor.LEFT : Shape.Anchor.BELOW, Role.TICK_LABEL));
        }
    }
}
