package dev.spacetime.layout;

/**
 * How far apart a layout puts things, in page units: between neighbouring process lines, and per unit
 * of drawn time (a physical time unit or a clock tick). The natural spacing is the one pictures and
 * exports use; {@link SpacingFit} chooses one that fills a window.
 *
 * @param processGap page units between neighbouring process lines
 * @param timeScale  page units per unit of drawn time
 */
public record Spacing(double processGap, double timeScale) {
    public Spacing {
        if (!(processGap > 0) || !(timeScale > 0) || Double.isInfinite(processGap) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("spacing must be positive and finite: " + processGap + ", " + timeScale);
        }
    }
}
