package dev.spacetime.drawing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Pictures for checking that label placement keeps its answers: random processes, events with
 * labels of one to three parts, messages (some labelled) between them, names, a register and ticks,
 * built as shapes directly so that no change of layout or spacing alters them. Seeded, so each is
 * the same on every run.
 */
final class PlacementScenes {
    private static final String[] WORDS = {"", "send", "recv", "request", "ack", "release", "start", "enter CS"};

    private PlacementScenes() {
    }

    /** One picture and how it is placed: at {@code scale}, texts by {@code k}, within a region and bounds or not. */
    record Scene(String name, List<Shape> shapes, double scale, double k, double[] region, double[] bounds) {
        Placements place() {
            return LabelPlacement.place(shapes, scale, k, region, bounds);
        }
    }

    /** Small pictures placed with care, crowded ones placed quickly, both ways of time, whole and windowed. */
    static List<Scene> all() {
        List<Scene> out = new ArrayList<>();
        out.add(scene("few up", 1, 4, 12, 6, true, 1, 1, false));
        out.add(scene("few right", 2, 5, 10, 8, false, 1, 1, false));
        out.add(scene("crossed up", 3, 8, 60, 180, true, 0.8, 0.8, false));
        out.add(scene("crossed right", 4, 8, 60, 180, false, 0.8, 0.8, false));
        out.add(scene("crowded up", 5, 40, 160, 2600, true, 0.6, 0.85, true));
        out.add(scene("crowded right", 6, 30, 180, 2200, false, 0.7, 0.85, true));
        out.add(scene("zoomed up", 7, 12, 600, 3000, true, 2.5, 1.6, true));
        out.add(scene("zoomed right", 8, 64, 100, 2600, false, 1.3, 1.3, true));
        return out;
    }

    /**
     * {@code processes} lines of {@code perProcess} events, {@code messages} random messages; placed
     * within the middle three fifths of the picture and the whole picture's bounds when {@code windowed}.
     */
    private static Scene scene(String name, long seed, int processes, int perProcess, int messages, boolean up,
            double scale, double k, boolean windowed) {
        Random random = new Random(seed);
        List<Shape> shapes = new ArrayList<>();
        double gap = 120; // between processes
        double step = 40; // between events along a process
        double length = perProcess * step;
        double[][] at = new double[processes * perProcess][];
        for (int p = 0; p < processes; p++) {
            double x1 = up ? p * gap : 0;
            double y1 = up ? 0 : p * gap;
            shapes.add(new Shape.Line(x1, y1, up ? x1 : length, up ? -length : y1, false, Role.PROCESS_LINE));
            shapes.add(new Shape.Text(x1, y1, "P" + (p + 1), up ? Shape.Anchor.BELOW : Shape.Anchor.RIGHT,
                    Role.PROCESS_NAME));
            for (int e = 0; e < perProcess; e++) {
                double t = (e + 0.3 + 0.4 * random.nextDouble()) * step;
                at[p * perProcess + e] = new double[] {up ? x1 : t, up ? -t : y1};
            }
        }
        for (int m = 0; m < messages; m++) {
            int from = random.nextInt(at.length);
            int p = from / perProcess;
            int q = (p + 1 + random.nextInt(processes - 1)) % processes;
            int to = q * perProcess + Math.min(perProcess - 1, from % perProcess + random.nextInt(3));
            double[] a = at[from];
            double[] b = at[to];
            shapes.add(new Shape.Wave(a[0], a[1], b[0], b[1], false, Role.MESSAGE));
            if (random.nextInt(5) == 0) {
                shapes.add(new Shape.Text(a[0] + (b[0] - a[0]) * 0.4, a[1] + (b[1] - a[1]) * 0.4,
                        random.nextBoolean() ? "m" + m : "request(T=" + m + ") from P" + (p + 1), Shape.Anchor.ABOVE,
                        Role.MESSAGE_LABEL));
            }
        }
        for (int i = 0; i < at.length; i++) {
            String id = "p" + (i / processes + 1) + "_" + (i % perProcess + 1);
            shapes.add(new Shape.Dot(at[i][0], at[i][1], DrawingBuilder.DOT_RADIUS, Role.EVENT, id, null));
            String word = WORDS[random.nextInt(WORDS.length)];
            String text = random.nextInt(6) == 0 ? id
                    : id + "  C=" + (1 + random.nextInt(400)) + (word.isEmpty() ? "" : "  " + word);
            shapes.add(new Shape.Text(at[i][0], at[i][1], text, up ? Shape.Anchor.LEFT : Shape.Anchor.ABOVE,
                    Role.EVENT_LABEL));
        }
        shapes.add(new Shape.Text(at[0][0], at[0][1], "C_1 = 3", Shape.Anchor.CENTER, Role.REGISTER));
        for (int i = 1; i <= 3; i++) {
            double t = i * length / 4;
            shapes.add(new Shape.Text(up ? -40 : t, up ? -t : -40, "t=" + i, Shape.Anchor.CENTER, Role.TICK_LABEL));
        }
        double[] bounds = up ? new double[] {0, -length, (processes - 1) * gap, 0}
                : new double[] {0, 0, length, (processes - 1) * gap};
        double[] region = null;
        if (windowed) {
            double w = bounds[2] - bounds[0];
            double h = bounds[3] - bounds[1];
            region = new double[] {bounds[0] + w / 5, bounds[1] + h / 5, bounds[2] - w / 5, bounds[3] - h / 5};
        }
        return new Scene(name, shapes, scale, k, region, windowed ? bounds : null);
    }
}
