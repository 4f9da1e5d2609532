package dev.spacetime.drawing;

/**
 * One primitive of a drawing, in page units. Painters (the screen canvas now; SVG, TikZ and PNG
 * export later) draw these and nothing else, so every output shows the same picture.
 */
public sealed interface Shape {
    Role role();

    /** A straight line. */
    record Line(double x1, double y1, double x2, double y2, boolean dashed, Role role) implements Shape {
    }

    /** A message: a wavy line from send to receive with an arrowhead at the receive, as in the paper. */
    record Wave(double x1, double y1, double x2, double y2, boolean dashed, Role role) implements Shape {
    }

    /** An event. */
    record Dot(double x, double y, double radius, Role role) implements Shape {
    }

    /** A piece of text placed beside (x, y), on the side the anchor names, a small gap away. */
    record Text(double x, double y, String text, Anchor anchor, Role role) implements Shape {
    }

    /** Where a text goes relative to its point: LEFT means the text starts just right of the point. */
    enum Anchor { LEFT, CENTER, RIGHT, BELOW, ABOVE }
}
