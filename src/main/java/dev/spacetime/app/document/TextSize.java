package dev.spacetime.app.document;

import dev.spacetime.drawing.TextFactor;

/** How large the diagram's texts and lines are drawn, for a screen up close or a room at a distance. */
public enum TextSize {
    SMALL("Small", TextFactor.SMALL),
    NORMAL("Normal", TextFactor.NORMAL),
    LARGE("Large", TextFactor.LARGE),
    HUGE("Huge", TextFactor.HUGE);

    private final String label;
    private final double factor;

    TextSize(String label, TextFactor factor) {
        this.label = label;
        this.factor = factor.factor();
    }

    /** The name shown in the menu. */
    public String label() {
        return label;
    }

    /** How many times the normal size. */
    public double factor() {
        return factor;
    }

    /** The next size up, or this one if it is the largest. */
    public TextSize larger() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    /** The next size down, or this one if it is the smallest. */
    public TextSize smaller() {
        return values()[Math.max(ordinal() - 1, 0)];
    }
}
