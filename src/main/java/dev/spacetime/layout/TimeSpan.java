package dev.spacetime.layout;

/** A stretch of drawn time, from {@code from} to {@code to} (physical time units or clock ticks). */
public record TimeSpan(double from, double to) {
    public TimeSpan {
        if (!(from <= to) || Double.isInfinite(from) || Double.isInfinite(to)) {
            throw new IllegalArgumentException("a time span runs forwards between finite times: " + from + ", " + to);
        }
    }
}
