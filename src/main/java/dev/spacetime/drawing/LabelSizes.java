package dev.spacetime.drawing;

import dev.spacetime.causality.Analysis;
import dev.spacetime.layout.SpacingFit;

/**
 * The sizes of event labels as they are drawn, measured as the label placement measures them
 * ({@link TextMetrics}), for choosing a spacing that leaves them room.
 */
public final class LabelSizes implements SpacingFit.LabelSizes {
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
        return TextMetrics.height(FONT_SIZE);
    }

    /** How wide a label is drawn at normal text size, in pixels. */
    static double width(String text) {
        return TextMetrics.width(text, FONT_SIZE, false);
    }
}
