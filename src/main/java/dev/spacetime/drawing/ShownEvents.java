package dev.spacetime.drawing;

import dev.spacetime.layout.DiagramLayout;

/** The events a layout draws (those of shown processes), in event order: the k-th dot is event {@code of(layout)[k]}. */
final class ShownEvents {
    private ShownEvents() {
    }

    static int[] of(DiagramLayout layout) {
        int n = layout.analysis().eventCount();
        int count = 0;
        for (int e = 0; e < n; e++) {
            if (layout.isShown(e)) {
                count++;
            }
        }
        int[] shown = new int[count];
        int k = 0;
        for (int e = 0; e < n; e++) {
            if (layout.isShown(e)) {
                shown[k++] = e;
            }
        }
        return shown;
    }
}
