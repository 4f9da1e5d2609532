package dev.spacetime.app.panels;

import dev.spacetime.model.Diagram;

/** What an event does, in a few words for the inspector: "receives from p1 and q2, sends to 2 events". */
final class EventKind {
    private EventKind() {
    }

    static String of(Diagram d, int event) {
        int[] senders = d.sendersOf(event);
        int sends = d.sendCount(event);
        StringBuilder sb = new StringBuilder();
        if (senders.length > 0) {
            sb.append("receives from ");
            for (int i = 0; i < senders.length; i++) {
                sb.append(i == 0 ? "" : i == senders.length - 1 ? " and " : ", ").append(d.eventId(senders[i]));
            }
        }
        if (sends > 0) {
            sb.append(sb.length() > 0 ? ", " : "").append("sends to ").append(sends).append(sends == 1 ? " event" : " events");
        }
        return sb.length() == 0 ? "local event" : sb.toString();
    }
}
