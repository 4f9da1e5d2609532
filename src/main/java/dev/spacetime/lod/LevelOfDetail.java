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
    /**
     * Dots on screen up to which a label that does not fit whole is cut short rather than left out.
     * Beyond, the screen is crowded: the labels cut short would be many, each a dear text to paint,
     * and little to read.
     */
    static final int SHORTEN_LABELS_UP_TO = 2000;
    /** Labels drawn at most in a frame: text is the dearest thing to paint, and a screen holds only so much that can be read. */
    static final int LABEL_BUDGET = 300;
    /** Above this many messages on screen, waves are drawn straight: the wiggle is noise at that density. */
    static final int STRAIGHT_ABOVE = 600;
    /** Messages drawn at most in a frame; beyond this an even spread of them is drawn, which keeps the look of the traffic. */
    static final int MESSAGE_BUDGET = 2500;
    /** How strong crowded messages are drawn, against the background. */
    public static final double CROWDED_OPACITY = 0.35;
    /** A message shorter than this (pixels) is not drawn: it would be a speck. */
    public static final double SHORTEST_MESSAGE = 3;
    /** A message shorter than this (pixels) is drawn as a straight line: too short to show a wave. */
    public static final double SHORTEST_WAVE = 24;
    /** A message shorter than this (pixels) gets no arrowhead: the head would hide it. */
    public static final double SHORTEST_ARROW = 16;
    /** A wave longer than this (pixels) is cut to the window before its points are made. */
    public static final double CLIP_ABOVE = 3000;

    private LevelOfDetail() {
    }

    /** Dots of these roles give way to one already painted in their cell; others are always painted. */
    public static boolean plainDot(Role role) {
        return role == Role.EVENT || role == Role.FADED || role == Role.PAST || role == Role.FUTURE
                || role == Role.CONCURRENT;
    }
}
