package dev.spacetime.layout;

/**
 * How far apart a layout puts things, in page units: between neighbouring process lines, and per unit
 * of drawn time (a physical time unit or a clock tick). The natural spacing is the one pictures and
 * exports use; {@link SpacingFit} chooses one that fills a window.
 *
 * @param processGap page units between neighbouring process lines
 * @param timeScale  page units per unit of drawn time
 * @param leastStep  page units at least between successive events on a process, room for a label: the
 *                   time axis is stretched where they would be closer ({@link TimeWarp}); 0 for none
 * @param passStep   page units at least between two successive drawn times for each message passing
 *                   between two neighbouring lines there, counted in the gap between lines they pass
 *                   most ({@link MessageCrowd}): room for labels between dense waves; 0 for none
 */
public record Spacing(double processGap, double timeScale, double leastStep, double passStep) {
    public Spacing {
        if (!(processGap > 0) || !(timeScale > 0) || Double.isInfinite(processGap) || Double.isInfinite(timeScale)
                || !(leastStep >= 0) || Double.isInfinite(leastStep) || !(passStep >= 0) || Double.isInfinite(passStep)) {
            throw new IllegalArgumentException("spacing must be positive and finite: " + processGap + ", " + timeScale
                    + ", " + leastStep + ", " + passStep);
        }
    }

    /** A spacing with room between successive events on a line, and none kept for passing messages. */
    public Spacing(double processGap, double timeScale, double leastStep) {
        this(processGap, timeScale, leastStep, 0);
    }

    /** A plain spacing: time drawn to scale throughout. */
    public Spacing(double processGap, double timeScale) {
        this(processGap, timeScale, 0, 0);
    }
}
