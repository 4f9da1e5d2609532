package dev.spacetime.io;

import com.fasterxml.jackson.core.JsonLocation;
import dev.spacetime.model.Annotations;
import dev.spacetime.model.Bar;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.DiagramBuilder;

/**
 * Where each bar under {@code "view"} stood in the file, in the order they were kept, so that once the
 * diagram is built a bar whose ends are on two processes is reported at its place.
 */
final class AnnotationPlaces {
    private final LocationTable bars = new LocationTable();
    private int barCount;

    void bar(JsonLocation at) {
        bars.put(barCount++, at.getLineNr(), at.getColumnNr());
    }

    /**
     * Reports every bar of {@code d} whose ends are on two processes, then drops the annotations that
     * name no event of it: leftovers of a renamed or removed event in a file saved before annotations
     * followed their events, which belong to nothing and would otherwise keep the file from opening.
     */
    void check(Diagram d, DiagramBuilder builder, ProblemLog log) {
        Annotations a = d.annotations();
        for (int k = 0; k < a.bars().size(); k++) {
            Bar bar = a.bars().get(k);
            int from = d.findEvent(bar.from());
            int to = d.findEvent(bar.to());
            if (from >= 0 && to >= 0 && d.processOf(from) != d.processOf(to)) {
                log.add(bars.line(k), bars.column(k), "\"view\": bar " + Element.messageName(bar.from(), bar.to())
                        + ": its ends are on different processes, " + d.processName(d.processOf(from)) + " and "
                        + d.processName(d.processOf(to)) + "; a bar runs along one process");
            }
        }
        builder.dropAnnotationsNamingNoEvent();
    }
}
