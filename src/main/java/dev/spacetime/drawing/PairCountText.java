package dev.spacetime.drawing;

/**
 * The words that count the concurrent pairs a picture joins, the same in the window's legend and in
 * an exported picture's: how many pairs there are, how many are drawn, and for a selected event how
 * many events are concurrent with it.
 */
public final class PairCountText {
    private PairCountText() {
    }

    /** "1 event", "4 events". */
    public static String events(long n) {
        return String.format("%,d %s", n, n == 1 ? "event" : "events");
    }

    /** "17 concurrent pairs", with how many are drawn when that is not all of them. */
    public static String all(long total, long drawn) {
        String s = String.format("%,d concurrent %s", total, total == 1 ? "pair" : "pairs");
        if (drawn >= total) {
            return s;
        }
        return drawn < Math.min(total, DrawingOptions.PAIR_LINE_LIMIT)
                ? s + String.format(" (%,d drawn; the rest have no line clear of other events)", drawn)
                : s + String.format(" (first %,d drawn)", drawn);
    }

    /** "17 concurrent pairs; p3 is concurrent with 4 events, joined to it", with the count drawn when short. */
    public static String ofEvent(long total, String id, long concurrent, long drawn) {
        return ofEvent(total, id, concurrent, drawn, false);
    }

    /**
     * As above; with {@code underExternal} the lines join the event to those ➝ leaves unordered with it
     * (external messages counted), which are fewer than the concurrent ones, and the words say so.
     */
    public static String ofEvent(long total, String id, long unordered, long drawn, boolean underExternal) {
        String s = String.format("%,d concurrent %s; %s is %s %s, joined to it", total,
                total == 1 ? "pair" : "pairs", id, underExternal ? "unordered by ➝ with" : "concurrent with",
                events(unordered));
        return drawn >= unordered ? s : s + String.format(" (%,d drawn)", drawn);
    }
}
