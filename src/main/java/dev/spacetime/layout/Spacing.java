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
 */
public record Spacing(double processGap, double timeScale, double leastStep) {
    public Spacing {
        if (!(processGap > 0) || !(timeScale > 0) || Double.isInfinite(processGap) || Double.isInfinite(timeScale)
                || !(leastStep >= 0) || Double.isInfinite(leastStep)) {
            throw new IllegalArgumentException("spacing must be positive and finite: " + processGap + ", " + timeScale
                    + ", " + leastStep);
        }
    }

    /** A plain spacing: time drawn to scale throughout. */
    public Spacing(double processGap, double timeScale) {
        this(processGap, timeScale, 0);
    }
}
