package dev.spacetime.io.shiviz;

/** Event ids for a log's events, which have none of their own: the host's name and the event's count on it. */
final class EventIds {
    private EventIds() {
    }

    /** "client3" for the third event on client; "node1_3" when the host's name ends in a digit. */
    static String of(String host, int count) {
        String base = host.isEmpty() ? "e" : host;
        return base + (Character.isDigit(base.charAt(base.length() - 1)) ? "_" : "") + count;
    }
}
