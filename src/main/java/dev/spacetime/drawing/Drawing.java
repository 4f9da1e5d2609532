package dev.spacetime.drawing;

import java.util.List;

/**
 * A backend-neutral picture of a diagram: shapes in painting order and the page rectangle they
 * occupy ({minX, minY, maxX, maxY}).
 */
public record Drawing(List<Shape> shapes, double[] bounds) {
    public Drawing {
        shapes = List.copyOf(shapes);
        bounds = bounds.clone();
    }

    @Override
    public double[] bounds() {
        return bounds.clone();
    }

    public long count(Class<? extends Shape> kind) {
        return shapes.stream().filter(kind::isInstance).count();
    }
}
