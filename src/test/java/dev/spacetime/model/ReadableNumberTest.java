package dev.spacetime.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadableNumberTest {
    @Test
    void longFractionsAreRoundedToThreeDecimals() {
        assertEquals("8.165", ReadableNumber.of(8.165224));
        assertEquals("2.2", ReadableNumber.of(2.2001));
        assertEquals("4", ReadableNumber.of(4.0001));
        assertEquals("-1.5", ReadableNumber.of(-1.5));
    }

    @Test
    void wholeNumbersHaveNoDecimalPoint() {
        assertEquals("3", ReadableNumber.of(3.0));
        assertEquals("0", ReadableNumber.of(-0.0));
        assertEquals("120", ReadableNumber.of(120));
    }

    @Test
    void smallNumbersKeepThreeSignificantDigits() {
        assertEquals("0.000512", ReadableNumber.of(0.00051234));
        assertEquals("0.5", ReadableNumber.of(0.5));
        assertEquals("0", ReadableNumber.of(-0.00001 * 0));
    }
}
