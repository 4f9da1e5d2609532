package dev.spacetime.model;

import java.util.Objects;

/**
 * Whether two diagrams are what a user would call the identical diagram: the same title, annotations,
 * processes, events (ids, labels, times, order) and messages in the same order. Read through the public
 * accessors only, so it holds whatever the storage underneath.
 */
final class SameContent {
    private SameContent() {
    }

    static boolean of(Diagram a, Diagram b) {
        if (!a.title().equals(b.title()) || !a.annotations().sameContent(b.annotations())
                || a.processCount() != b.processCount() || a.messageCount() != b.messageCount()) {
            return false;
        }
        for (int p = 0; p < a.processCount(); p++) {
            if (!a.processName(p).equals(b.processName(p)) || a.eventCount(p) != b.eventCount(p)) {
                return false;
            }
            for (int i = 0; i < a.eventCount(p); i++) {
                int x = a.eventAt(p, i);
                int y = b.eventAt(p, i);
                if (!a.eventId(x).equals(b.eventId(y)) || !Objects.equals(a.eventLabel(x), b.eventLabel(y))
                        || Double.compare(a.eventTime(x), b.eventTime(y)) != 0) {
                    return false;
                }
            }
        }
        for (int k = 0; k < a.messageCount(); k++) {
            int x = a.message(k);
            int y = b.message(k);
            if (!a.eventId(a.messageTo(x)).equals(b.eventId(b.messageTo(y)))
                    || !a.eventId(a.messageFrom(x)).equals(b.eventId(b.messageFrom(y)))
                    || !Objects.equals(a.messageLabel(x), b.messageLabel(y)) || a.isExternal(x) != b.isExternal(y)) {
                return false;
            }
        }
        return true;
    }
}
