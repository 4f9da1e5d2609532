package dev.spacetime.awtpaint;

import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Style;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Path2D;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The shared {@link Style} as Java2D colours, strokes and fonts, made once. */
final class ImageTheme {
    static final Color BACKGROUND = new Color(Style.BACKGROUND);
    private static final Map<Role, Color> COLOURS = new EnumMap<>(Role.class);
    private static final Map<Long, Font> SIZED = new ConcurrentHashMap<>();

    static {
        for (Role role : Role.values()) {
            COLOURS.put(role, new Color(Style.rgb(role)));
        }
    }

    private ImageTheme() {
    }

    static Color colour(Role role) {
        return COLOURS.get(role);
    }

    /** The role's font at {@code size} pixels, sizes kept to a tenth of a pixel as the screen keeps them. */
    static Font font(Role role, double size) {
        long key = Math.round(size * 10) * 2 + (Style.bold(role) ? 1 : 0);
        return SIZED.computeIfAbsent(key, k -> DejaVuFonts.of(Style.bold(role), Math.round(size * 10) / 10.0));
    }

    /**
     * The role's stroke {@code k} times its plain width, dashed when asked, with the screen's square
     * caps and mitred corners.
     */
    static BasicStroke stroke(Role role, boolean dashed, double k) {
        return stroke(Style.lineWidth(role) * k, dashed ? Style.dashes(role, k) : null);
    }

    /** A stroke {@code width} pixels wide, solid when {@code dashes} is null. */
    static BasicStroke stroke(double width, double[] dashes) {
        float[] pattern = null;
        if (dashes != null) {
            pattern = new float[dashes.length];
            for (int i = 0; i < dashes.length; i++) {
                pattern[i] = (float) dashes[i];
            }
        }
        return new BasicStroke((float) width, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10f, pattern, 0f);
    }

    /** The polyline through x0, y0, x1, y1, … as a path (a wave). */
    static Path2D.Double polyline(double[] points) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        return path;
    }
}
