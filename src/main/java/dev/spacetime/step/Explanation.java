package dev.spacetime.step;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.model.Diagram;
import java.util.Arrays;

/**
 * What happens to the clocks at an event, in the paper's terms: IR1 for every event (the clock ticks
 * between events), IR2 for a receive (the clock passes the message's timestamp Tm). External
 * messages travel outside the system, so the clocks do not see them (section 5).
 */
public final class Explanation {
    private Explanation() {
    }

    /** E.g. "q2 receives the message from p1 (Tm = 1): IR2 sets C_Q := max(1, 1) + 1 = 2". */
    public static String of(Analysis a, int e, boolean withVector) {
        EventGraph g = a.graph();
        Diagram d = g.diagram();
        String id = g.id(e);
        String c = "C_" + d.processName(g.process(e));
        int before = g.position(e) > 0 ? a.lamport(e - 1) : 0;
        int now = a.lamport(e);
        StringBuilder sb = new StringBuilder();
        int s = g.sender(e);
        int[] receivers = d.receiversOf(g.handle(e));
        if (s >= 0) {
            int tm = a.lamport(s);
            sb.append(id).append(" receives the message from ").append(g.id(s)).append(" (Tm = ").append(tm)
                    .append("): IR2 sets ").append(c).append(" := max(").append(before).append(", ").append(tm)
                    .append(") + 1 = ").append(now);
        } else {
            if (g.externalSender(e) >= 0) {
                sb.append(id).append(" receives an external message from ").append(g.id(g.externalSender(e)))
                        .append(", sent outside the system, which the clocks do not see: ");
            } else if (receivers.length == 1) {
                sb.append(id).append(" sends a message to ").append(d.eventId(receivers[0])).append(": ");
            } else if (receivers.length > 1) {
                sb.append(id).append(" sends one message to ").append(receivers.length).append(" events (")
                        .append(names(d, receivers)).append("), every copy with the same timestamp: ");
            } else {
                sb.append(id).append(" is a local event: ");
            }
            sb.append("IR1 sets ").append(c).append(" := ").append(before).append(" + 1 = ").append(now);
            if (receivers.length > 0) {
                sb.append(", and the message carries Tm = ").append(now);
            }
        }
        if (withVector) {
            sb.append("; V_").append(d.processName(g.process(e))).append(" = ")
                    .append(Arrays.toString(a.vector(e)).replace(" ", ""));
        }
        return sb.toString();
    }

    private static String names(Diagram d, int[] handles) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < handles.length; i++) {
            sb.append(i == 0 ? "" : i == handles.length - 1 ? " and " : ", ").append(d.eventId(handles[i]));
        }
        return sb.toString();
    }
}
