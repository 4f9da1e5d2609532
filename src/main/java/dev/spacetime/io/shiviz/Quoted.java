package dev.spacetime.io.shiviz;

import dev.spacetime.io.JsonText;

/** Text from a log quoted in a problem: control characters escaped (\n, \u0007) and cut short, never raw or huge. */
final class Quoted {
    private static final int LONGEST = 60;

    private Quoted() {
    }

    static String of(String text) {
        return JsonText.shortQuote(text, LONGEST);
    }
}
