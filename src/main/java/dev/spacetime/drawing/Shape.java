package dev.spacetime.drawing;

import dev.spacetime.model.MessageRef;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * One primitive of a drawing, in page units. Painters (the screen canvas, SVG, TikZ, PNG) draw these
 * and nothing else, so every output shows the same picture.
 */
public sealed interface Shape {
    Role role();

    /**
     * A line; dashed ones use their role's dash pattern. A bowed one is a gentle curve (a quadratic
     * Bézier) whose middle stands {@code bow} times its length to the left of the straight line from
     * (x1, y1) to (x2, y2), to the right when negative: pair lines bow so that none reads as running
     * through a third event.
     */
    record Line(double x1, double y1, double x2, double y2, boolean dashed, Role role, double bow) implements Shape {
        /** A straight line. */
        public Line(double x1, double y1, double x2, double y2, boolean dashed, Role role) {
            this(x1, y1, x2, y2, dashed, role, 0);
        }

        public boolean bowed() {
            return bow != 0;
        }

        /**
         * The curve's control point {x, y}: twice as far out as the curve's middle, which a quadratic
         * Bézier passes half way to its control point.
         */
        public double[] control() {
            return control(x1, y1, x2, y2, bow);
        }

        /** The control point of a line from (x1, y1) to (x2, y2) bowed by {@code bow}, in whatever units the ends are. */
        public static double[] control(double x1, double y1, double x2, double y2, double bow) {
            // The normal (-dy, dx) has the chord's length, so bow × it is bow lengths out.
            return new double[] {(x1 + x2) / 2 - 2 * bow * (y2 - y1), (y1 + y2) / 2 + 2 * bow * (x2 - x1)};
        }
    }

    /**
     * A message: a wavy line from send to receive with an arrowhead at the receive, as in the paper.
     * Its title may be worked out only when asked for ({@link #withTitleOf}): a big diagram has
     * hundreds of thousands of messages, and only an export spells out every title.
     */
    final class Wave implements Shape {
        private final double x1;
        private final double y1;
        private final double x2;
        private final double y2;
        private final boolean dashed;
        private final Role role;
        private final String title;
        private final IntFunction<String> titles;
        private final int index;
        private final MessageRef message;

        public Wave(double x1, double y1, double x2, double y2, boolean dashed, Role role) {
            this(x1, y1, x2, y2, dashed, role, null, null);
        }

        /**
         * @param title   what hovering over it should say, e.g. "p1 → q2", or null
         * @param message the message of the diagram it draws, or null for other arrows
         */
        public Wave(double x1, double y1, double x2, double y2, boolean dashed, Role role, String title,
                MessageRef message) {
            this(x1, y1, x2, y2, dashed, role, title, null, 0, message);
        }

        private Wave(double x1, double y1, double x2, double y2, boolean dashed, Role role, String title,
                IntFunction<String> titles, int index, MessageRef message) {
            this.x1 = x1;
            this.y1 = y1;
            this.x2 = x2;
            this.y2 = y2;
            this.dashed = dashed;
            this.role = Objects.requireNonNull(role);
            this.title = title;
            this.titles = titles;
            this.index = index;
            this.message = message;
        }

        /** A message whose title is {@code titles.apply(index)}, worked out each time it is asked for. */
        public static Wave withTitleOf(double x1, double y1, double x2, double y2, boolean dashed, Role role,
                IntFunction<String> titles, int index, MessageRef message) {
            return new Wave(x1, y1, x2, y2, dashed, role, null, Objects.requireNonNull(titles), index, message);
        }

        /** The same message at other ends, in another role; the title stays as it is given. */
        public Wave moved(double toX1, double toY1, double toX2, double toY2, Role newRole) {
            return new Wave(toX1, toY1, toX2, toY2, dashed, newRole, title, titles, index, message);
        }

        public double x1() {
            return x1;
        }

        public double y1() {
            return y1;
        }

        public double x2() {
            return x2;
        }

        public double y2() {
            return y2;
        }

        public boolean dashed() {
            return dashed;
        }

        @Override
        public Role role() {
            return role;
        }

        /** What hovering over it should say, e.g. "p1 → q2", or null. */
        public String title() {
            return titles != null ? titles.apply(index) : title;
        }

        /** The message of the diagram this draws, or null for other arrows. */
        public MessageRef message() {
            return message;
        }

        @Override
        public boolean equals(Object o) {
            // Numbers compared as the records these once were compare them, so equal shapes hash alike.
            return o instanceof Wave w && Double.compare(x1, w.x1) == 0 && Double.compare(y1, w.y1) == 0
                    && Double.compare(x2, w.x2) == 0 && Double.compare(y2, w.y2) == 0 && dashed == w.dashed
                    && role == w.role && Objects.equals(title(), w.title()) && Objects.equals(message, w.message);
        }

        @Override
        public int hashCode() {
            return Objects.hash(x1, y1, x2, y2, dashed, role, message);
        }

        @Override
        public String toString() {
            return "Wave[" + x1 + ", " + y1 + " → " + x2 + ", " + y2 + (dashed ? ", dashed" : "") + ", " + role
                    + ", " + title() + ", " + message + "]";
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

    /**
     * A piece of text placed beside (x, y), on the side the anchor names, a small gap away. Its text
     * may be worked out only when first asked for ({@link #of}): a million event labels would be a
     * million strings, of which a screen shows a few hundred. It is then kept, since the screen asks
     * again at every frame.
     */
    final class Text implements Shape {
        private final double x;
        private final double y;
        private final String text;
        private final IntFunction<String> texts;
        private final int index;
        private final Anchor anchor;
        private final Role role;
        private final Text placedAs;
        private String made; // the text once worked out; two threads making it at once make the same string

        public Text(double x, double y, String text, Anchor anchor, Role role) {
            this(x, y, Objects.requireNonNull(text), null, 0, anchor, role);
        }

        private Text(double x, double y, String text, IntFunction<String> texts, int index, Anchor anchor, Role role) {
            this(x, y, text, texts, index, anchor, role, null);
        }

        private Text(double x, double y, String text, IntFunction<String> texts, int index, Anchor anchor, Role role,
                Text placedAs) {
            this.placedAs = placedAs;
            this.x = x;
            this.y = y;
            this.text = text;
            this.texts = texts;
            this.index = index;
            this.anchor = Objects.requireNonNull(anchor);
            this.role = Objects.requireNonNull(role);
        }

        /** A text reading {@code texts.apply(index)}, worked out each time it is asked for. */
        public static Text of(double x, double y, IntFunction<String> texts, int index, Anchor anchor, Role role) {
            return new Text(x, y, null, Objects.requireNonNull(texts), index, anchor, role);
        }

        /** The same text at another place, in another role. */
        public Text moved(double toX, double toY, Role newRole) {
            return new Text(toX, toY, text != null ? text : made, texts, index, anchor, newRole);
        }

        /**
         * The same text in another role, placed where this one is: a selection restyles a text of a
         * drawing whose labels are already placed, and the restyled one is found at the same spot.
         */
        public Text restyled(Role newRole) {
            return new Text(x, y, text != null ? text : made, texts, index, anchor, newRole, placedAs());
        }

        /** The text whose placement this one takes: itself, or the text it restyles. */
        public Text placedAs() {
            return placedAs == null ? this : placedAs;
        }

        public double x() {
            return x;
        }

        public double y() {
            return y;
        }

        public String text() {
            if (text != null) {
                return text;
            }
            String t = made;
            if (t == null) {
                t = texts.apply(index);
                made = t;
            }
            return t;
        }

        public Anchor anchor() {
            return anchor;
        }

        @Override
        public Role role() {
            return role;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Text t && Double.compare(x, t.x) == 0 && Double.compare(y, t.y) == 0
                    && anchor == t.anchor && role == t.role && text().equals(t.text());
        }

        @Override
        public int hashCode() {
            return Objects.hash(x, y, anchor, role);
        }

        @Override
        public String toString() {
            return "Text[" + x + ", " + y + ", \"" + text() + "\", " + anchor + ", " + role + "]";
        }
    }

    /** Where a text goes relative to its point: LEFT means the text starts just right of the point. */
    enum Anchor { LEFT, CENTER, RIGHT, BELOW, ABOVE }
}
