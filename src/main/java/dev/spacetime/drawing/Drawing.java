package dev.spacetime.drawing;

import dev.spacetime.layout.Orientation;
import java.util.List;

/**
 * A backend-neutral picture of a diagram: shapes in painting order, the page rectangle they
 * occupy ({minX, minY, maxX, maxY}) and which way time runs in it (so a view knows which way is
 * along time when it fits the picture to a window).
 */
public record Drawing(List<Shape> shapes, double[] bounds, Orientation orientation) {
    public Drawing {
        shapes = List.copyOf(shapes);
        bounds = bounds.clone();
    }

    /** A drawing with time going up. */
    public Drawing(List<Shape> shapes, double[] bounds) {
        this(shapes, bounds, Orientation.TIME_UP);
    }

    @Override
    public double[] bounds() {
        return bounds.clone();
    }

    public long count(Class<? extends Shape> kind) {
        return shapes.stream().filter(kind::isInstance).count();
    }
}
