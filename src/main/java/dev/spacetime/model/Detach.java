package dev.spacetime.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Takes out the messages that touch a set of events, recording their list positions for an undo. */
final class Detach {
    private Detach() {
    }

    /**
     * Removes every message sent or received by an event in {@code events}; returns them in ascending
     * list order with their original indices, so that {@link #restore} puts each back where it was.
     */
    static List<MessageData> messagesTouching(Diagram d, IntPredicate events) {
        List<MessageData> taken = new ArrayList<>();
        for (int k = 0; k < d.messageCount(); k++) {
            int m = d.message(k);
            if (events.test(d.messageTo(m)) || events.test(d.messageFrom(m))) {
                taken.add(MessageData.of(d, m, k));
            }
        }
        for (int i = taken.size() - 1; i >= 0; i--) {
            MessageData m = taken.get(i);
            d.removeMessage(d.messageBetween(d.findEvent(m.from()), d.findEvent(m.to())));
        }
        return List.copyOf(taken);
    }

    static List<EventData> eventsOf(Diagram d, int p) {
        List<EventData> events = new ArrayList<>();
        for (int i = 0; i < d.eventCount(p); i++) {
            events.add(EventData.of(d, d.eventAt(p, i)));
        }
        return events;
    }
}
