package dev.spacetime.io.shiviz;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.model.Diagram;
import java.util.ArrayList;
import java.util.List;

/**
 * What of a diagram a ShiViz log cannot carry, each as "N things left out: why", for {@code convert}
 * to say. A log holds processes with events, each event's text and its vector clock; nothing else.
 */
public final class LogLosses {
    private LogLosses() {
    }

    public static List<String> of(Diagram d) {
        int external = 0;
        int messageLabels = 0;
        for (int k = 0; k < d.messageCount(); k++) {
            int m = d.message(k);
            external += d.isExternal(m) ? 1 : 0;
            messageLabels += !d.isExternal(m) && d.messageLabel(m) != null ? 1 : 0;
        }
        int empty = 0;
        int ids = 0;
        int times = 0;
        int fields = 0;
        for (int p = 0; p < d.processCount(); p++) {
            empty += d.eventCount(p) == 0 ? 1 : 0;
            for (int i = 0; i < d.eventCount(p); i++) {
                int e = d.eventAt(p, i);
                // The import names events by process and place, so only such an id comes back.
                ids += d.eventId(e).equals(EventIds.of(d.processName(p), i + 1)) ? 0 : 1;
                times += d.hasTime(e) ? 1 : 0;
                fields += d.annotations().fields(d.eventId(e)).isEmpty() ? 0 : 1;
            }
        }
        List<String> lost = new ArrayList<>();
        add(lost, external, "external message", "external messages", "vector clocks do not see them");
        add(lost, empty, "process with no events", "processes with no events",
                "a log names only the processes that have events");
        add(lost, ids, "event id", "event ids", "a log has none; events come back named by process and place "
                + "(" + EventIds.of("P", 1) + ", " + EventIds.of("P", 2) + ", …), and an unlabelled event's id "
                + "becomes its label");
        add(lost, implied(d), "message implied by others", "messages implied by others", "the clocks do not "
                + "show a message whose news reached its receiver another way too");
        add(lost, messageLabels, "message label", "message labels", "a log has clocks, not messages");
        add(lost, times, "physical time", "physical times", "a log keeps only the order of events");
        add(lost, fields, "event's log fields", "events' log fields", "the log is written with an expression "
                + "that has none");
        return lost;
    }

    /**
     * The internal messages the import will not find: those whose sender's count of its own process is
     * no more than the receiver already had from its previous event or hears from another sender.
     */
    public static int implied(Diagram d) {
        Analysis a = Analysis.of(d);
        EventGraph g = a.graph();
        int count = 0;
        for (int r = 0; r < g.eventCount(); r++) {
            for (int i = 0; i < g.senderCount(r); i++) {
                int s = g.sender(r, i);
                int q = g.process(s);
                int own = a.vector(s)[q];
                boolean known = g.position(r) > 0 && a.vector(r - 1)[q] >= own;
                for (int j = 0; j < g.senderCount(r) && !known; j++) {
                    known = j != i && a.vector(g.sender(r, j))[q] >= own;
                }
                count += known ? 1 : 0;
            }
        }
        return count;
    }

    private static void add(List<String> lost, int count, String one, String many, String why) {
        if (count > 0) {
            lost.add(count + " " + (count == 1 ? one : many) + " left out: " + why);
        }
    }
}
