package dev.spacetime.io;

import com.fasterxml.jackson.core.JsonLocation;
import dev.spacetime.model.Annotations;
import dev.spacetime.model.Bar;
import dev.spacetime.model.Diagram;
import java.util.Iterator;

/**
 * Where each bar, step note and set of log fields under {@code "view"} stood in the file, in the order
 * they were kept, so that once the diagram is built those naming no event, or a bar whose ends are on
 * two processes, are reported at their place. Two ints an entry: a log's million fields cost 8 MB.
 */
final class AnnotationPlaces {
    private final LocationTable bars = new LocationTable();
    private final LocationTable stepNotes = new LocationTable();
    private final LocationTable fields = new LocationTable();
    private int barCount;
    private int stepNoteCount;
    private int fieldsCount;

    void bar(JsonLocation at) {
        bars.put(barCount++, at.getLineNr(), at.getColumnNr());
    }

    void stepNote(JsonLocation at) {
        stepNotes.put(stepNoteCount++, at.getLineNr(), at.getColumnNr());
    }

    void fields(JsonLocation at) {
        fields.put(fieldsCount++, at.getLineNr(), at.getColumnNr());
    }

    /** Reports every annotation of {@code d} that names no event of it, or names events it cannot join. */
    void check(Diagram d, ProblemLog log) {
        Annotations a = d.annotations();
        for (int k = 0; k < a.bars().size(); k++) {
            Bar bar = a.bars().get(k);
            String where = "\"view\": bar " + Element.messageName(bar.from(), bar.to()) + ": ";
            int from = d.findEvent(bar.from());
            int to = d.findEvent(bar.to());
            if (from < 0 || to < 0) {
                log.add(bars.line(k), bars.column(k),
                        where + "there is no event " + JsonText.quote(from < 0 ? bar.from() : bar.to()));
            } else if (d.processOf(from) != d.processOf(to)) {
                log.add(bars.line(k), bars.column(k), where + "its ends are on different processes, "
                        + d.processName(d.processOf(from)) + " and " + d.processName(d.processOf(to))
                        + "; a bar runs along one process");
            }
        }
        unknownEvents(d, a.stepNotes().keySet().iterator(), stepNotes, "step note for ", log);
        unknownEvents(d, a.fields().keySet().iterator(), fields, "fields of ", log);
    }

    private static void unknownEvents(Diagram d, Iterator<String> ids, LocationTable places, String what,
            ProblemLog log) {
        for (int k = 0; ids.hasNext(); k++) {
            String id = ids.next();
            if (d.findEvent(id) < 0) {
                log.add(places.line(k), places.column(k), "\"view\": " + what + JsonText.quote(id)
                        + ": there is no event " + JsonText.quote(id));
            }
        }
    }
}
