package dev.spacetime.lod;

import dev.spacetime.drawing.Role;

/**
 * The thresholds and margins by which a frame on screen leaves out what a viewer could not see or
 * read, so that its cost follows the window rather than the diagram. One place for them: the frame
 * index, the label room and the painters all decide by these.
 */
public final class LevelOfDetail {
    /**
     * How far outside the window (pixels) a shape may reach and still count as in it, for painting
     * and for counting the dots on screen against {@link #DENSE_DOTS}.
     */
    static final double WINDOW_MARGIN = 20;
    /** How far outside the window (pixels) a dot's centre may lie and the dot still be painted. */
    public static final double DOT_MARGIN = 10;
    /** Dots on screen above which a dot claims a bigger cell, so dense runs cost less. */
    static final int DENSE_DOTS = 20_000;
    /** The cell (pixels) a crowded dot claims. */
    public static final int DENSE_CELL = 12;
    /** The cell (pixels) a dot claims when the screen is not crowded. */
    public static final int DOT_CELL = 3;
    /** Labels drawn at most in a frame: text is the dearest thing to paint, and a screen holds only so much that can be read. */
    public static final int LABEL_BUDGET = 600;
    /**
     * Labels placed at most for a window; past this the dots are too crowded for any to be read, and
     * none is placed until the view zooms in.
     */
    static final int PLACED_AT_MOST = 20_000;
    /** Drawings with up to this many shapes have all their labels placed at once, not just the window's. */
    static final int PLACE_WHOLE_UP_TO = 20_000;
    /** Above this many messages on screen, waves are drawn straight: the wiggle is noise at that density. */
    static final int STRAIGHT_ABOVE = 600;
    /** Messages drawn at most in a frame; beyond this an even spread of them is drawn, which keeps the look of the traffic. */
    static final int MESSAGE_BUDGET = 2500;
    /** How strong crowded messages are drawn, against the background. */
    public static final double CROWDED_OPACITY = 0.35;
    /** A message shorter than this (pixels) is not drawn: it would be a speck. */
    public static final double SHORTEST_MESSAGE = 3;
    /** A message shorter than this (pixels) is drawn as a straight line: too short to show a wave. */
    public static final double SHORTEST_WAVE = dev.spacetime.drawing.PixelShapes.SHORTEST_WAVE;
    /** A message shorter than this (pixels) gets no arrowhead: the head would hide it. */
    public static final double SHORTEST_ARROW = dev.spacetime.drawing.PixelShapes.SHORTEST_ARROW;
    /** A wave longer than this (pixels) is cut to the window before its points are made. */
    public static final double CLIP_ABOVE = 3000;

    private LevelOfDetail() {
    }

    /**
     * The colour (0xRRGGBB) of a message among crowds of them: its own, faded toward the background
     * as if drawn at {@link #CROWDED_OPACITY}. An opaque colour rather than a see-through one: the
     * software renderers blend far slower.
     */
    public static int crowdedRgb(Role role) {
        int rgb = dev.spacetime.drawing.Style.rgb(role);
        int bg = dev.spacetime.drawing.Style.BACKGROUND;
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int c = (rgb >> shift) & 0xff;
            int b = (bg >> shift) & 0xff;
            out |= (int) Math.round(b + (c - b) * CROWDED_OPACITY) << shift;
        }
        return out;
    }

    /** Dots of these roles give way to one already painted in their cell; others are always painted. */
    public static boolean plainDot(Role role) {
        return role == Role.EVENT || role == Role.FADED || role == Role.PAST || role == Role.FUTURE
                || role == Role.CONCURRENT;
    }
}
