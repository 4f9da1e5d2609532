package dev.spacetime.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A number as a person reads it in a dialog, a hover or a message: at most three decimals ("8.165"
 * for 8.165224, "4" for 4.0001), three significant digits below one ("0.000512"). Files keep the
 * full value; this is only for reading.
 */
public final class ReadableNumber {
    private ReadableNumber() {
    }

    public static String of(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal exact = new BigDecimal(v);
        BigDecimal rounded = Math.abs(v) >= 1
                ? exact.setScale(3, RoundingMode.HALF_EVEN)
                : exact.round(new MathContext(3, RoundingMode.HALF_EVEN));
        String text = rounded.stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
