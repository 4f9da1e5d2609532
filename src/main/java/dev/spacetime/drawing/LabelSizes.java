package dev.spacetime.drawing;

import dev.spacetime.causality.Analysis;
import dev.spacetime.layout.SpacingFit;

/**
 * The sizes of event labels as they are drawn, estimated from their length in characters, for
 * choosing a spacing that leaves them room. The one estimate of a text's width is {@link #width(String)}.
 */
public final class LabelSizes implements SpacingFit.LabelSizes {
    /** An average character's width in DejaVu Sans, as a share of the font size. */
    private static final double CHARACTER_WIDTH = 0.62;
    private static final double FONT_SIZE = Style.fontSize(Role.EVENT_LABEL);

    private final Analysis analysis;
    private final ClockLabels clocks;

    public LabelSizes(Analysis analysis, ClockLabels clocks) {
        this.analysis = analysis;
        this.clocks = clocks;
    }

    @Override
    public double width(int e) {
        return width(EventText.label(analysis, e, clocks));
    }

    @Override
    public double height() {
        return FONT_SIZE;
    }

    /** How wide a label is drawn at normal text size, in pixels. */
    static double width(String text) {
        return text.length() * FONT_SIZE * CHARACTER_WIDTH;
    }
}
