package dev.spacetime.step;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.model.Diagram;
import dev.spacetime.sim.mutex.RuleCitation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What happens to the clocks at an event, in the paper's terms: IR1 for every event (the clock ticks
 * between events), IR2 for a receive (the clock passes the message's timestamp Tm). External
 * messages travel outside the system, so the clocks do not see them (section 5). A step of a run of the
 * mutual exclusion algorithm also cites the rule of section 4 it follows.
 */
public final class Explanation {
    private Explanation() {
    }

    /**
     * E.g. "q2 receives the message from p1 (Tm = 1): IR2 sets C_Q := max(1, 1) + 1 = 2", or for an event
     * that receives several messages at once "r3 receives 2 messages (Tm = 4 from p2, Tm = 6 from q5): IR2
     * sets C_R := max(3, 4, 6) + 1 = 7", followed by ", then sends with Tm = 7" when it also sends.
     */
    public static String of(Analysis a, int e, boolean withVector) {
        EventGraph g = a.graph();
        Diagram d = g.diagram();
        String id = g.id(e);
        String c = "C_" + d.processName(g.process(e));
        int before = g.position(e) > 0 ? a.lamport(e - 1) : 0;
        int now = a.lamport(e);
        StringBuilder sb = new StringBuilder();
        int[] receivers = d.receiversOf(g.handle(e));
        List<String> external = new ArrayList<>();
        for (int k = 0; k < g.externalSenderCount(e); k++) {
            external.add(g.id(g.externalSender(e, k)));
        }
        int senders = g.senderCount(e);
        if (senders > 0) {
            StringBuilder max = new StringBuilder("max(").append(before);
            if (senders == 1) {
                int s = g.sender(e, 0);
                sb.append(id).append(" receives the message from ").append(g.id(s)).append(" (Tm = ")
                        .append(a.lamport(s)).append(")");
                max.append(", ").append(a.lamport(s));
            } else {
                sb.append(id).append(" receives ").append(senders).append(" messages (");
                for (int k = 0; k < senders; k++) {
                    int s = g.sender(e, k);
                    sb.append(k == 0 ? "" : ", ").append("Tm = ").append(a.lamport(s)).append(" from ").append(g.id(s));
                    max.append(", ").append(a.lamport(s));
                }
                sb.append(")");
            }
            if (!external.isEmpty()) {
                sb.append(" and ").append(externalMessages(external)).append(", which the clocks do not see");
            }
            sb.append(": IR2 sets ").append(c).append(" := ").append(max).append(") + 1 = ").append(now);
            if (receivers.length > 0) {
                sb.append(", then ").append(sends(d, receivers)).append(" with Tm = ").append(now);
            }
        } else {
            if (!external.isEmpty()) {
                sb.append(id).append(" receives ").append(externalMessages(external))
                        .append(", sent outside the system, which the clocks do not see: ");
            } else if (receivers.length > 0) {
                sb.append(id).append(" ").append(sends(d, receivers)).append(receivers.length > 1
                        ? ", every copy with the same timestamp: " : ": ");
            } else {
                sb.append(id).append(" is a local event: ");
            }
            sb.append("IR1 sets ").append(c).append(" := ").append(before).append(" + 1 = ").append(now);
            if (receivers.length > 0) {
                sb.append(", and the message carries Tm = ").append(now);
            }
        }
        if (withVector) {
            sb.append("; ").append(vectorRule(a, e));
        }
        // A run of the mutual exclusion algorithm also says which of its five rules the step follows.
        String rule = RuleCitation.of(a, e);
        if (rule != null) {
            sb.append(". ").append(Character.toUpperCase(rule.charAt(0))).append(rule.substring(1));
        }
        return sb.toString();
    }

    /**
     * The vector clock's rule, taught as IR1 and IR2 are: "V_Q := max([1,1,0], [2,0,0]) with Q's entry + 1 = [2,2,0]"
     * for a receive (the process's vector and each timestamp received), "V_P: P's entry + 1 = [2,0,0]" otherwise.
     */
    static String vectorRule(Analysis a, int e) {
        EventGraph g = a.graph();
        String p = g.diagram().processName(g.process(e));
        String now = text(a.vector(e));
        if (g.senderCount(e) == 0) {
            return "V_" + p + ": " + p + "'s entry + 1 = " + now;
        }
        StringBuilder max = new StringBuilder("max(");
        max.append(g.position(e) > 0 ? text(a.vector(e - 1)) : text(new int[g.processCount()]));
        for (int k = 0; k < g.senderCount(e); k++) {
            max.append(", ").append(text(a.vector(g.sender(e, k))));
        }
        return "V_" + p + " := " + max + ") with " + p + "'s entry + 1 = " + now;
    }

    private static String text(int[] v) {
        return Arrays.toString(v).replace(" ", "");
    }

    private static String externalMessages(List<String> senders) {
        return senders.size() == 1 ? "an external message from " + senders.get(0)
                : senders.size() + " external messages (from " + names(senders) + ")";
    }

    private static String sends(Diagram d, int[] receivers) {
        if (receivers.length == 1) {
            return "sends a message to " + d.eventId(receivers[0]);
        }
        List<String> ids = new ArrayList<>();
        for (int r : receivers) {
            ids.add(d.eventId(r));
        }
        return "sends one message to " + receivers.length + " events (" + names(ids) + ")";
    }

    /** "a", "a and b", "a, b and c". */
    static String names(List<String> ids) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            sb.append(i == 0 ? "" : i == ids.size() - 1 ? " and " : ", ").append(ids.get(i));
        }
        return sb.toString();
    }
}
