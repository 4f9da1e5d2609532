package dev.spacetime.causality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The proof that a → b (section 2): a chain of steps, each either later on the same process or a
 * message from its send to its receive.
 *
 * @param steps the chain from a to b; consecutive steps share their end and start
 */
public record Witness(List<Step> steps) {
    /** One link of the chain. */
    public record Step(int from, int to, boolean message) {
    }

    public Witness {
        steps = List.copyOf(steps);
    }

    /**
     * The chain for a → b, or null when a does not happen before b. Walks back from b: on b's
     * process, the latest receive whose message already carries a's knowledge is where the chain
     * crossed over; repeat from that message's send until reaching a's process.
     */
    static Witness find(EventGraph g, VectorClocks v, int a, int b) {
        if (!v.before(a, b)) {
            return null;
        }
        List<Step> reversed = new ArrayList<>();
        int cur = b;
        while (g.process(cur) != g.process(a)) {
            int e = cur;
            int s;
            while ((s = carrier(g, v, a, e)) < 0) {
                e--; // stays on cur's process: a → cur means some receive at or before cur carries a
            }
            if (e != cur) {
                reversed.add(new Step(e, cur, false));
            }
            reversed.add(new Step(s, e, true));
            cur = s;
        }
        if (cur != a) {
            reversed.add(new Step(a, cur, false));
        }
        Collections.reverse(reversed);
        return new Witness(reversed);
    }

    /** The first sender of a message into {@code e} that is a or knows of it, or -1. */
    private static int carrier(EventGraph g, VectorClocks v, int a, int e) {
        for (int k = 0; k < g.senderCount(e); k++) {
            int send = g.sender(e, k);
            if (send == a || v.before(a, send)) {
                return send;
            }
        }
        return -1;
    }

    /** The events along the chain, a first and b last. */
    public List<Integer> events() {
        List<Integer> events = new ArrayList<>();
        events.add(steps.get(0).from());
        for (Step s : steps) {
            events.add(s.to());
        }
        return events;
    }

    /** The chain written as "p1 ⇝ q2 → q4 ⇝ r3": → later on the same process, ⇝ a message. */
    public String describe(EventGraph g) {
        StringBuilder sb = new StringBuilder(g.id(steps.get(0).from()));
        for (Step s : steps) {
            sb.append(s.message() ? " ⇝ " : " → ").append(g.id(s.to()));
        }
        return sb.toString();
    }
}
