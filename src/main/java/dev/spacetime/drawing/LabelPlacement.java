package dev.spacetime.drawing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a drawing's texts so that each can be read: process names and clock registers where they
 * belong; then each event's label at the first of some fifty places round its dot that overlaps no
 * other text, no dot and no arrowhead, and that no message stroke crosses; message labels likewise
 * beside their stroke. A label with no such place is shortened in steps ("p1  C=1  start" → "p1  C=1"
 * → "p1"); when even its id is crossed everywhere it keeps its longest form where fewest strokes
 * cross, and only when even its id has no free place is it left to its event's hover text and
 * counted. Works in pixels at a given scale, from the shapes alone, so the screen and every export
 * place alike; the result holds for any pan, so labels stay put while the view moves.
 */
public final class LabelPlacement {
    /** Weights of what may cross a label: a message, whose way it hides, counts more than a process line. */
    private static final int MESSAGE_WEIGHT = 3;
    private static final int LINE_WEIGHT = 1;
    /** What a unit of crossing weight costs against the next place round the dot: any crossing costs more than every place. */
    private static final int MESSAGE_COST = 100;
    /**
     * Labels up to which the most hemmed-in are placed first and message strokes are avoided. Past
     * this, a crowded window's worth, each label takes the first free place round its dot: the
     * search for uncrossed places would cost several times as much where few labels fit at all.
     */
    private static final int CAREFUL_UP_TO = 1000;
    /** Pixels kept free either side of a placed label, so two on one line do not run into one word. */
    private static final double LABEL_AIR = 3;

    private final double scale;
    private final double k;
    private BoxGrid grid;
    private long[] dotAt = new long[64]; // the dots' points as keys, sorted once filed
    private int dots;
    private Map<Shape.Text, LabelSpot> spots;
    private final List<Shape.Text> hidden = new ArrayList<>();
    private double[] limits; // in pixels {x1, y1, x2, y2}: where labels may go, or null for anywhere
    private double[] clip;   // in pixels {x1, y1, x2, y2}: what is filed as an obstacle, or null for all
    private boolean careful = true; // whether message strokes are avoided (few enough labels)
    private final double[] box = new double[4]; // the candidate place being tried, in pixels
    private final double[] fractions = new double[2]; // the part of a stroke near the region
    private final PlaceTables tables = new PlaceTables();

    private LabelPlacement(double scale, double k) {
        this.scale = scale;
        this.k = k;
    }

    /**
     * Places every text of the drawing at {@code scale} pixels per page unit, texts sized by
     * {@code textScale}, anywhere round the drawing (a picture's margins then grow to hold them).
     */
    public static Placements place(Drawing drawing, double scale, double textScale) {
        return place(drawing.shapes(), scale, textScale, null, null);
    }

    /** As {@link #place(Drawing, double, double)}, labels kept within the margins a window leaves round the drawing. */
    public static Placements placeForWindow(Drawing drawing, double scale, double textScale) {
        return place(drawing.shapes(), scale, textScale, null, drawing.bounds());
    }

    /** As {@link #place(List, double, double, double[], double[])} with no limit round the drawing. */
    public static Placements place(List<Shape> shapes, double scale, double textScale, double[] region) {
        return place(shapes, scale, textScale, region, null);
    }

    /**
     * Places the texts among {@code shapes} whose point lies in page rectangle {@code region}
     * {minX, minY, maxX, maxY} (all of them when null), keeping clear of every shape given, and labels
     * within {@link Frame#MARGINS} of page rectangle {@code bounds} (anywhere when null).
     */
    public static Placements place(List<Shape> shapes, double scale, double textScale, double[] region,
            double[] bounds) {
        LabelPlacement p = new LabelPlacement(scale, textScale);
        if (region != null) {
            // What lies far outside the region cannot touch its labels: a process line or a message that
            // runs on for a million pixels when zoomed in is filed only where it is near.
            double reach = 400 * textScale;
            p.clip = new double[] {region[0] * scale - reach, region[1] * scale - reach, region[2] * scale + reach,
                region[3] * scale + reach};
        }
        // Room for all there is to file at once, rather than arrays grown a shape at a time.
        int boxes = 0;
        int strokes = 0;
        for (Shape s : shapes) {
            if (s instanceof Shape.Wave) {
                boxes++; // its arrowhead
                strokes++;
            } else if (s instanceof Shape.Dot || s instanceof Shape.Text) {
                boxes++;
            } else if (s instanceof Shape.Line) {
                strokes++;
            }
        }
        p.spots = new IdentityHashMap<>(boxes);
        p.grid = new BoxGrid(p.clip != null ? p.clip : extent(shapes, scale, 600 * textScale), boxes, strokes);
        if (bounds != null) {
            // A label may reach into the margins round the drawing, not past them: off the picture's edge,
            // or off the window's when fitted, it could not be read.
            double[] m = Frame.MARGINS;
            p.limits = new double[] {bounds[0] * scale - m[3] + 4, bounds[1] * scale - m[0] + 4,
                bounds[2] * scale + m[1] - 4, bounds[3] * scale + m[2] - 4};
        }
        // Names and registers first: they belong where they are, and only give way to each other.
        for (Shape s : shapes) {
            if (s instanceof Shape.Dot d) {
                if (p.dots == p.dotAt.length) {
                    p.dotAt = java.util.Arrays.copyOf(p.dotAt, 2 * p.dots);
                }
                p.dotAt[p.dots++] = key(d.x(), d.y());
            } else if (s instanceof Shape.Text t && (t.role().processName() || t.role() == Role.REGISTER)
                    && (region == null || inside(t, region))) {
                p.fixed(t, t.role() == Role.REGISTER);
            }
        }
        p.obstacles(shapes);
        java.util.Arrays.sort(p.dotAt, 0, p.dots);
        List<Shape.Text> events = new ArrayList<>();
        List<Shape.Text> others = new ArrayList<>();
        List<Shape.Text> ticks = new ArrayList<>();
        for (Shape s : shapes) {
            if (!(s instanceof Shape.Text t) || (region != null && !inside(t, region))) {
                continue;
            }
            if (t.role().processName() || t.role() == Role.REGISTER) {
                continue;
            } else if (t.role() == Role.TICK_LABEL) {
                ticks.add(t);
            } else if (java.util.Arrays.binarySearch(p.dotAt, 0, p.dots, key(t.x(), t.y())) >= 0) {
                events.add(t);
            } else {
                others.add(t);
            }
        }
        // The most hemmed-in labels first: one with a single clear place should get it before a label
        // with many takes it.
        p.careful = events.size() + others.size() <= CAREFUL_UP_TO;
        List<Shape.Text> all = new ArrayList<>(events);
        all.addAll(others);
        // Each label's room above its index, so that one sort of plain numbers orders by room and keeps
        // the drawing's order among labels with equal room.
        long[] order = new long[all.size()];
        for (int i = 0; i < order.length; i++) {
            long room = p.careful ? p.clearPlaces(all.get(i), i < events.size()) : 0;
            order[i] = room << 32 | i;
        }
        java.util.Arrays.sort(order);
        for (long o : order) {
            int i = (int) o;
            p.label(all.get(i), i < events.size());
        }
        for (Shape.Text t : ticks) {
            p.fixed(t, false);
        }
        return new Placements(p.spots, p.hidden, scale, textScale, region);
    }

    /** The pixel rectangle holding every shape's points, and {@code room} round it for texts. */
    private static double[] extent(List<Shape> shapes, double scale, double room) {
        double x1 = Double.POSITIVE_INFINITY;
        double y1 = Double.POSITIVE_INFINITY;
        double x2 = Double.NEGATIVE_INFINITY;
        double y2 = Double.NEGATIVE_INFINITY;
        for (Shape s : shapes) {
            double ax;
            double ay;
            double bx;
            double by;
            if (s instanceof Shape.Dot d) {
                ax = bx = d.x();
                ay = by = d.y();
            } else if (s instanceof Shape.Text t) {
                ax = bx = t.x();
                ay = by = t.y();
            } else if (s instanceof Shape.Wave w) {
                ax = w.x1();
                ay = w.y1();
                bx = w.x2();
                by = w.y2();
            } else if (s instanceof Shape.Line l) {
                ax = l.x1();
                ay = l.y1();
                bx = l.x2();
                by = l.y2();
            } else {
                continue;
            }
            x1 = Math.min(x1, Math.min(ax, bx));
            y1 = Math.min(y1, Math.min(ay, by));
            x2 = Math.max(x2, Math.max(ax, bx));
            y2 = Math.max(y2, Math.max(ay, by));
        }
        return x1 > x2 ? null : new double[] {x1 * scale - room, y1 * scale - room, x2 * scale + room, y2 * scale + room};
    }

    private static boolean inside(Shape.Text t, double[] region) {
        return t.x() >= region[0] && t.x() <= region[2] && t.y() >= region[1] && t.y() <= region[3];
    }

    /** Files what labels keep off (dots, arrowheads) and would rather not lie across (strokes). */
    private void obstacles(List<Shape> shapes) {
        for (Shape s : shapes) {
            if (s instanceof Shape.Dot d) {
                double x = d.x() * scale;
                double y = d.y() * scale;
                double r = d.radius() * k + 1;
                if (near(x - r, y - r, x + r, y + r)) {
                    grid.addBox(x - r, y - r, x + r, y + r);
                }
            } else if (s instanceof Shape.Wave w && w.role() != Role.WITNESS) {
                double x1 = w.x1() * scale;
                double y1 = w.y1() * scale;
                double x2 = w.x2() * scale;
                double y2 = w.y2() * scale;
                double length = Math.hypot(x2 - x1, y2 - y1);
                segment(x1, y1, x2, y2, length < PixelShapes.SHORTEST_WAVE ? 1 : PixelShapes.AMPLITUDE, MESSAGE_WEIGHT);
                if (length > PixelShapes.SHORTEST_ARROW) {
                    double[] a = PixelShapes.arrowhead(x1, y1, x2, y2, k);
                    double ax1 = Math.min(a[0], Math.min(a[2], a[4]));
                    double ay1 = Math.min(a[1], Math.min(a[3], a[5]));
                    double ax2 = Math.max(a[0], Math.max(a[2], a[4]));
                    double ay2 = Math.max(a[1], Math.max(a[3], a[5]));
                    if (near(ax1, ay1, ax2, ay2)) {
                        grid.addBox(ax1, ay1, ax2, ay2);
                    }
                }
            } else if (s instanceof Shape.Line l && l.role().processLine()) {
                segment(l.x1() * scale, l.y1() * scale, l.x2() * scale, l.y2() * scale, 1, LINE_WEIGHT);
            }
        }
    }

    /** Whether box {x1, y1, x2, y2} in pixels is near enough to the region to matter. */
    private boolean near(double x1, double y1, double x2, double y2) {
        return clip == null || (x2 >= clip[0] && x1 <= clip[2] && y2 >= clip[1] && y1 <= clip[3]);
    }

    /** Files a stroke, only the part of it near the region. */
    private void segment(double x1, double y1, double x2, double y2, double pad, int weight) {
        if (clip == null) {
            grid.addSegment(x1, y1, x2, y2, pad, weight);
            return;
        }
        double[] f = fractions;
        if (SegmentClip.fractions(x1, y1, x2, y2, clip[0], clip[1], clip[2], clip[3], f)) {
            double dx = x2 - x1;
            double dy = y2 - y1;
            grid.addSegment(x1 + dx * f[0], y1 + dy * f[0], x1 + dx * f[1], y1 + dy * f[1], pad, weight);
        }
    }

    /** A text that goes where its anchor says: drawn when it has room there, or always when {@code always}. */
    private void fixed(Shape.Text t, boolean always) {
        LabelSpot spot = atAnchor(t, k);
        double[] b = spot.box(t.x() * scale, t.y() * scale);
        if (always || grid.free(b[0], b[1], b[2], b[3])) {
            grid.addBox(b[0], b[1], b[2], b[3]);
            spots.put(t, spot);
        }
    }

    /** How many places round its dot an event's label has, whole, clear of everything but other labels. */
    private int clearPlaces(Shape.Text t, boolean event) {
        double size = Style.fontSize(t.role()) * k;
        double h = TextMetrics.height(size);
        double px = t.x() * scale;
        double py = t.y() * scale;
        double w = TextMetrics.width(t.text(), size, Style.bold(t.role()));
        boolean across = t.anchor() == Shape.Anchor.LEFT || t.anchor() == Shape.Anchor.RIGHT;
        double[] message = event ? null : grid.segmentThrough(px, py, MESSAGE_WEIGHT);
        double[][] places = places(message, across, event ? DrawingBuilder.DOT_RADIUS * k : 0, w, h);
        int n = 0;
        double[] b = box;
        for (double[] place : places) {
            LabelSpot.box(px, py, place[0], place[1], align(place[2]), w, h, b);
            if (within(b) && grid.free(b[0], b[1], b[2], b[3]) && grid.crossings(b[0], b[1], b[2], b[3]) < MESSAGE_WEIGHT) {
                n++;
            }
        }
        return n;
    }

    /** Where a text goes by its anchor alone, whole, with texts sized by {@code k}: what names and registers get. */
    static LabelSpot atAnchor(Shape.Text t, double k) {
        double size = Style.fontSize(t.role()) * k;
        double h = TextMetrics.height(size);
        double gap = PixelShapes.GAP * k;
        String text = t.text();
        double w = TextMetrics.width(text, size, Style.bold(t.role()));
        return switch (t.anchor()) {
            case LEFT -> new LabelSpot(text, gap, 0, LabelSpot.Align.START, size, w, h);
            case RIGHT -> new LabelSpot(text, -gap, 0, LabelSpot.Align.END, size, w, h);
            case CENTER -> new LabelSpot(text, 0, 0, LabelSpot.Align.MIDDLE, size, w, h);
            case BELOW -> new LabelSpot(text, 0, gap + h / 2, LabelSpot.Align.MIDDLE, size, w, h);
            case ABOVE -> new LabelSpot(text, 0, -gap - h / 2, LabelSpot.Align.MIDDLE, size, w, h);
        };
    }

    /** An event's label (round its dot) or another label (round its point): the best free place, shortened if need be. */
    private void label(Shape.Text t, boolean event) {
        double size = Style.fontSize(t.role()) * k;
        double h = TextMetrics.height(size);
        double px = t.x() * scale;
        double py = t.y() * scale;
        double r = event ? DrawingBuilder.DOT_RADIUS * k : 0;
        boolean across = t.anchor() == Shape.Anchor.LEFT || t.anchor() == Shape.Anchor.RIGHT;
        double[] message = event ? null : grid.segmentThrough(px, py, MESSAGE_WEIGHT);
        List<String> forms = shortenings(t.text(), event);
        // Where the shortest form's search may begin: nothing is filed while this label looks for its
        // place, so the places before its first free one are still taken when that form's turn comes.
        int shortestFrom = 0;
        if (forms.size() > 1) {
            shortestFrom = firstFree(forms.get(forms.size() - 1), t, message, across, r, size, h, px, py);
            if (shortestFrom < 0) {
                hidden.add(t); // not even the shortest form has room: no longer one has
                return;
            }
        }
        // The longest form with a place no message crosses, down to the bare id: a label a message runs
        // through is hard to read, while the id names the event and its hover text gives the clock.
        // Failing that, the longest form that waves only graze, else the longest form's place crossed
        // least: shortening further would gain nothing.
        LabelSpot fallback = null;
        LabelSpot grazed = null; // the longest form's best place when waves only graze it
        for (int f = 0; f < forms.size(); f++) {
            String text = forms.get(f);
            double w = TextMetrics.width(text, size, Style.bold(t.role()));
            double[][] places = places(message, across, r, w, h);
            LabelSpot best = null;
            int bestCost = Integer.MAX_VALUE;
            int bestCrossed = 0;
            int bestThrough = 0;
            double[] b = box;
            int from = f == forms.size() - 1 ? shortestFrom : 0;
            for (int i = from; i < places.length && bestCost > i; i++) { // no later place can beat a cost of i
                LabelSpot.Align align = align(places[i][2]);
                LabelSpot.box(px, py, places[i][0], places[i][1], align, w, h, b);
                if (!within(b) || !grid.free(b[0], b[1], b[2], b[3])) {
                    continue;
                }
                int crossed = careful ? grid.crossings(b[0], b[1], b[2], b[3]) : 0;
                int through = crossed > 0 ? grid.crossings(b[0], b[1], b[2], b[3], false) : 0;
                // Among crossed places the least crossed: a stroke through the words costs more than a
                // wave's swing grazing their edge.
                int cost = i + MESSAGE_COST * (crossed + MESSAGE_WEIGHT * through);
                if (cost < bestCost) {
                    best = new LabelSpot(text, places[i][0], places[i][1], align, size, w, h);
                    bestCost = cost;
                    bestCrossed = crossed;
                    bestThrough = through;
                }
            }
            if (best != null && fallback == null) {
                fallback = best;
            }
            if (best != null && grazed == null && bestThrough < MESSAGE_WEIGHT) {
                grazed = best;
            }
            boolean clear = best != null && bestCrossed < MESSAGE_WEIGHT; // a process line may cross, no message
            if (clear || (f == forms.size() - 1 && fallback != null)) {
                LabelSpot chosen = clear ? best : grazed != null ? grazed : fallback;
                LabelSpot.box(px, py, chosen.dx(), chosen.dy(), chosen.align(), chosen.width(), chosen.height(), b);
                grid.addBox(b[0] - LABEL_AIR, b[1], b[2] + LABEL_AIR, b[3]); // labels on one line keep a space apart
                spots.put(t, chosen);
                return;
            }
        }
        hidden.add(t);
    }

    /** The places for a label of width w: beside its message, or round its dot beside or over the line. */
    private double[][] places(double[] message, boolean across, double r, double w, double h) {
        return message != null ? LabelPlaces.besideMessage(message, w, h, careful)
                : across ? tables.besideLine(r, h, k, careful) : tables.overLine(r, h, w, careful);
    }

    /** The first of a form's places that is free (crossed or not), or -1 when none is. */
    private int firstFree(String text, Shape.Text t, double[] message, boolean across, double r, double size,
            double h, double px, double py) {
        double w = TextMetrics.width(text, size, Style.bold(t.role()));
        double[][] places = places(message, across, r, w, h);
        double[] b = box;
        for (int i = 0; i < places.length; i++) {
            LabelSpot.box(px, py, places[i][0], places[i][1], align(places[i][2]), w, h, b);
            if (within(b) && grid.free(b[0], b[1], b[2], b[3])) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a label's box lies where labels may go. */
    private boolean within(double[] b) {
        return limits == null || (b[0] >= limits[0] && b[1] >= limits[1] && b[2] <= limits[2] && b[3] <= limits[3]);
    }

    private static LabelSpot.Align align(double a) {
        return a > 0 ? LabelSpot.Align.START : a < 0 ? LabelSpot.Align.END : LabelSpot.Align.MIDDLE;
    }

    /**
     * The text and its shorter forms, longest first: an event's label drops its own words, then its
     * clock, down to its id (the text before the first double space); another label is cut to a
     * dozen characters and an ellipsis.
     */
    static List<String> shortenings(String text, boolean event) {
        List<String> out = new ArrayList<>(3);
        out.add(text);
        if (event) {
            String[] parts = LabelParts.of(text);
            if (parts.length > 2) {
                out.add(parts[0] + "  " + parts[1]);
            }
            if (parts.length > 1) {
                out.add(parts[0]);
            }
        } else if (text.length() > 13) {
            out.add(text.substring(0, 12).stripTrailing() + "…");
        }
        return out;
    }

    private static long key(double x, double y) {
        return Double.doubleToLongBits(x) * 31 + Double.doubleToLongBits(y);
    }
}
