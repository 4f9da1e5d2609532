package dev.spacetime.drawing;

/**
 * One primitive of a drawing, in page units. Painters (the screen canvas, SVG, TikZ, PNG) draw these
 * and nothing else, so every output shows the same picture.
 */
public sealed interface Shape {
    Role role();

    /** A straight line; dashed ones use their role's dash pattern. */
    record Line(double x1, double y1, double x2, double y2, boolean dashed, Role role) implements Shape {
    }

    /**
     * A message: a wavy line from send to receive with an arrowhead at the receive, as in the paper.
     *
     * @param title what hovering over it should say, e.g. "p1 → q2", or null
     * @param to    the id of the event that receives the message, or null for other arrows
     */
    record Wave(double x1, double y1, double x2, double y2, boolean dashed, Role role, String title, String to)
            implements Shape {
        public Wave(double x1, double y1, double x2, double y2, boolean dashed, Role role) {
            this(x1, y1, x2, y2, dashed, role, null, null);
        }
    }

    /**
     * An event.
     *
     * @param id    the event's id, so exports can name it (TikZ nodes, SVG ids), or null
     * @param title what hovering over it should say (its clocks), or null
     */
    record Dot(double x, double y, double radius, Role role, String id, String title) implements Shape {
        public Dot(double x, double y, double radius, Role role) {
            this(x, y, radius, role, null, null);
        }
    }

    /** A circle drawn around a point, marking a selected event. */
    record Ring(double x, double y, double radius, Role role) implements Shape {
    }

    /** A piece of text placed beside (x, y), on the side the anchor names, a small gap away. */
    record Text(double x, double y, String text, Anchor anchor, Role role) implements Shape {
    }

    /** Where a text goes relative to its point: LEFT means the text starts just right of the point. */
    enum Anchor { LEFT, CENTER, RIGHT, BELOW, ABOVE }
}
