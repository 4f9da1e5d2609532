package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.Spacing;
import dev.spacetime.layout.SpacingFit;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.model.Diagram;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every diagram of the corpus, in all four modes, at natural size and fitted to a 1280×800 window,
 * can be read: no label on another, on a dot not its own or on an arrowhead, and every event's id
 * shown or counted among the hidden (never dropped silently), and at most one label in twenty
 * crossed by a message stroke; and few event labels are cut down to their bare id to get clear of
 * the waves.
 */
public class LegibilityTest {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;
    private static Map<String, Diagram> corpus;

    @BeforeAll
    static void load() {
        corpus = LegibilityCorpus.all();
    }

    /** The share of a picture's labels a message stroke may cross. */
    private static final double CROSSED = 0.05;
    /**
     * Event labels over the whole corpus that may show their id alone. The layout gives stretches that
     * many messages pass more room (SpacingFit's room for each passing message); without it, 768 did.
     */
    private static final int IDS_ALONE = 630;

    /** One picture to measure: the drawing, the scale it is seen at, the factor texts are sized by, how many events. */
    record Picture(String name, Drawing drawing, double scale, double k, int events, boolean window) {
    }

    static List<Picture> pictures() {
        List<Picture> out = new ArrayList<>();
        for (Map.Entry<String, Diagram> entry : corpus.entrySet()) {
            Analysis analysis = Analysis.of(entry.getValue());
            for (Orientation o : Orientation.values()) {
                for (TimeMode mode : TimeMode.values()) {
                    DiagramLayout plain = DiagramLayout.of(analysis, o, mode);
                    LabelSizes sizes = new LabelSizes(analysis, ClockLabels.LAMPORT);
                    String name = entry.getKey() + " " + o + " " + mode;
                    // At its natural size, as render draws it.
                    Drawing natural = DrawingBuilder.build(DiagramLayout.of(analysis, o, mode, Set.of(), false,
                            SpacingFit.natural(plain, sizes, 1)), ClockLabels.LAMPORT);
                    out.add(new Picture(name + " natural", natural, 1, TextScale.of(1, 1), analysis.eventCount(), false));
                    // Fitted to the window, as the app opens it.
                    Spacing spacing = SpacingFit.of(plain, new SpacingFit.Window(WIDTH, HEIGHT, Frame.MARGINS, 1), sizes);
                    Drawing drawing = DrawingBuilder.build(DiagramLayout.of(analysis, o, mode, Set.of(), false, spacing),
                            ClockLabels.LAMPORT);
                    double fitted = Frame.fitLegibly(drawing, WIDTH, HEIGHT, Frame.MARGINS).scale();
                    out.add(new Picture(name + " fitted at " + String.format(java.util.Locale.ROOT, "%.2f", fitted), drawing, fitted,
                            TextScale.of(fitted, 1), analysis.eventCount(), true));
                }
            }
        }
        return out;
    }

    @Test
    void everyLabelCanBeRead() {
        Legibility total = new Legibility();
        List<String> failures = new ArrayList<>();
        for (Picture p : pictures()) {
            Placements placed = p.window() ? LabelPlacement.placeForWindow(p.drawing(), p.scale(), p.k())
                    : LabelPlacement.place(p.drawing(), p.scale(), p.k());
            Legibility m = Legibility.of(p.drawing(), p.scale(), p.k(), placed::spot);
            total.add(m);
            // An id not drawn must be one the placement counted as hidden (the window says how many).
            java.util.Set<String> counted = new java.util.HashSet<>();
            for (Shape.Text t : placed.hidden()) {
                counted.add(t.text().split(" {2}")[0]);
            }
            List<String> dropped = m.missingIds.stream().filter(id -> !counted.contains(id)).toList();
            if (m.overlaps > 0 || m.onDots > 0 || m.onArrowheads > 0 || !dropped.isEmpty()
                    || m.crossed > CROSSED * m.labels) {
                failures.add(p.name() + ": " + m + (dropped.isEmpty() ? "" : "; dropped silently: " + dropped));
            }
        }
        System.out.println("Legibility with placement: " + total);
        assertTrue(failures.isEmpty(), failures.size() + " pictures are hard to read:\n" + String.join("\n", failures));
    }

    /**
     * Room for labels is not bought by shrinking a small diagram in its window: one of up to 60 events,
     * fitted, spans at least 80% of the window both ways (across, two lines may stop at their widest gap).
     */
    @Test
    void smallDiagramsStillFillTheWindow() {
        List<String> failures = new ArrayList<>();
        for (Picture p : pictures()) {
            if (!p.window() || p.events() > 60) {
                continue;
            }
            double[] b = p.drawing().bounds();
            Frame f = Frame.fitLegibly(p.drawing(), WIDTH, HEIGHT, Frame.MARGINS);
            double shareX = Math.min(1, (b[2] - b[0]) * f.scale() / (WIDTH - Frame.MARGINS[1] - Frame.MARGINS[3]));
            double shareY = Math.min(1, (b[3] - b[1]) * f.scale() / (HEIGHT - Frame.MARGINS[0] - Frame.MARGINS[2]));
            boolean up = p.name().contains("TIME_UP");
            double across = up ? shareX : shareY;
            double along = up ? shareY : shareX;
            boolean twoAtTheirWidest = (up ? b[2] - b[0] : b[3] - b[1]) * f.scale() >= 450 - 0.01;
            if (along < 0.8 - 1e-9 || across < 0.8 - 1e-9 && !twoAtTheirWidest) {
                failures.add(p.name() + ": " + shareX + " × " + shareY);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " small diagrams do not fill the window:\n" + String.join("\n", failures));
    }

    /** Dense runs (mutual exclusion among 4–6 processes) keep their clocks: few labels are cut to their id. */
    @Test
    void fewLabelsAreCutToTheirId() {
        int alone = 0;
        for (Picture p : pictures()) {
            Placements placed = p.window() ? LabelPlacement.placeForWindow(p.drawing(), p.scale(), p.k())
                    : LabelPlacement.place(p.drawing(), p.scale(), p.k());
            alone += idsAlone(p.drawing(), placed);
        }
        System.out.println("Event labels showing their id alone: " + alone);
        assertTrue(alone <= IDS_ALONE, alone + " event labels show their id alone, more than " + IDS_ALONE);
    }

    /** How many event labels with more than an id are drawn as their id alone. */
    static int idsAlone(Drawing drawing, Placements placed) {
        int alone = 0;
        for (Shape s : drawing.shapes()) {
            if (s instanceof Shape.Text t && t.role() == Role.EVENT_LABEL) {
                LabelSpot spot = placed.spot(t);
                alone += spot != null && t.text().contains("  ") && !spot.text().contains("  ") ? 1 : 0;
            }
        }
        return alone;
    }

    /** The measure finds what the painters drew before placement: every label whole at its anchor. */
    @Test
    void labelsAtTheirAnchorsAreFoundOut() {
        Legibility total = new Legibility();
        for (Picture p : pictures()) {
            total.add(Legibility.of(p.drawing(), p.scale(), p.k(), t -> Legibility.atAnchor(t, p.k())));
        }
        System.out.println("Legibility without placement: " + total);
        assertTrue(total.overlaps > 0 && total.onArrowheads > 0 && total.onDots > 0, total.toString());
    }
}
