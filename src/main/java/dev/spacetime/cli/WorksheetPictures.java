package dev.spacetime.cli;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Shape;
import dev.spacetime.exercise.Exercise;
import dev.spacetime.exercise.Question;
import dev.spacetime.exercise.QuestionKind;
import dev.spacetime.export.PictureSettings;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.step.Linearization;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.SetEventLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two pictures of an exercise on a worksheet: the question's, with blanks where the answers go
 * ("C = ___", "V = [_,_,_]") and the marked events ringed and named a and b, and the key's, with the
 * answers drawn (the clocks, the chain that relates a and b, the cone coloured, each event's place in
 * ⇒). The blanks and marks are event labels on a copy of the diagram, so every painter draws them.
 */
final class WorksheetPictures {
    private WorksheetPictures() {
    }

    /** The worksheet's picture: no answer shows. */
    static Drawing question(Exercise ex) {
        Diagram d = ex.diagram();
        Question q = ex.question();
        String blank = switch (ex.kind()) {
            case LAMPORT -> "C = ___";
            case VECTOR -> "V = [" + String.join(",", java.util.Collections.nCopies(d.processCount(), "_")) + "]";
            default -> null;
        };
        Diagram sheet = labelled(ex, e -> blank);
        return withoutClocksInTitles(settings(ClockLabels.NONE, List.of(), q.marked()).drawing(Analysis.of(sheet)));
    }

    /** The drawing with each event's hover title (an SVG's tooltip, which spells out C and V) cut to its id. */
    private static Drawing withoutClocksInTitles(Drawing d) {
        List<Shape> shapes = new ArrayList<>(d.shapes().size());
        for (Shape s : d.shapes()) {
            shapes.add(s instanceof Shape.Dot dot && dot.title() != null
                    ? new Shape.Dot(dot.x(), dot.y(), dot.radius(), dot.role(), dot.id(), dot.id()) : s);
        }
        return new Drawing(shapes, d.bounds(), d.orientation());
    }

    /** The key's picture: the answer drawn. */
    static Drawing answer(Exercise ex) {
        Question q = ex.question();
        Analysis a = ex.analysis();
        return switch (ex.kind()) {
            case LAMPORT -> settings(ClockLabels.LAMPORT, List.of(), List.of()).drawing(a);
            case VECTOR -> settings(ClockLabels.VECTOR, List.of(), List.of()).drawing(a);
            // The selection draws what the app draws for it: the chain between two events, or one event's cone.
            case RELATION -> settings(ClockLabels.NONE, q.marked(), List.of()).drawing(Analysis.of(labelled(ex, e -> null)));
            case CONE -> settings(ClockLabels.NONE, q.marked(), q.marked()).drawing(a);
            case ORDER -> {
                Map<String, Integer> rank = new java.util.HashMap<>();
                for (int r = 0; r < a.eventCount(); r++) {
                    rank.put(a.id(a.totalOrder().at(r)), r + 1);
                }
                yield settings(ClockLabels.LAMPORT, List.of(), List.of())
                        .drawing(Analysis.of(labelled(ex, id -> "⇒ #" + rank.get(id))));
            }
            case LINEARIZATION -> settings(ClockLabels.NONE, List.of(), culprit(ex)).drawing(Analysis.of(labelled(ex, e -> null)));
        };
    }

    /** The event where an impossible proposed order first goes wrong, or none. */
    private static List<String> culprit(Exercise ex) {
        return ex.answer() instanceof dev.spacetime.exercise.Answer.Possible p && !p.possible()
                ? dev.spacetime.exercise.Checker.check(ex, new dev.spacetime.exercise.Answer.Possible(true))
                        .items().get(0).events()
                : List.of();
    }

    private static PictureSettings settings(ClockLabels clocks, List<String> selected, List<String> ringed) {
        return new PictureSettings(Orientation.TIME_UP, TimeMode.PHYSICAL, false, clocks, selected, -1,
                Linearization.Kind.TOTAL_ORDER, false, ringed);
    }

    /**
     * A copy of the diagram whose event labels carry the exercise's marks: a and b for a relation, the
     * step number in a proposed order, and {@code extra} (a blank, a place in ⇒) before any label of its own.
     */
    private static Diagram labelled(Exercise ex, java.util.function.Function<String, String> extra) {
        Diagram copy = ex.diagram().copy();
        Question q = ex.question();
        for (int p = 0; p < copy.processCount(); p++) {
            for (int i = 0; i < copy.eventCount(p); i++) {
                int h = copy.eventAt(p, i);
                String id = copy.eventId(h);
                List<String> parts = new ArrayList<>();
                if (q.kind() == QuestionKind.RELATION && q.marked().contains(id)) {
                    parts.add(q.marked().indexOf(id) == 0 ? "(a)" : "(b)");
                }
                if (q.kind() == QuestionKind.LINEARIZATION) {
                    parts.add("step " + (q.proposed().indexOf(id) + 1));
                }
                if (extra.apply(id) != null) {
                    parts.add(extra.apply(id));
                }
                if (copy.eventLabel(h) != null) {
                    parts.add(copy.eventLabel(h));
                }
                if (!parts.isEmpty()) {
                    new SetEventLabel(id, String.join("  ", parts)).applyTo(copy);
                }
            }
        }
        return copy;
    }
}
