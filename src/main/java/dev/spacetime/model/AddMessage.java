package dev.spacetime.model;

/**
 * Sends a message from one event to another; {@code index} is its place in the message list, or -1
 * for the end. Refused when it breaks a rule of the paper. An event may receive several messages and
 * may both receive and send: IR2 only asks that a receive's clock exceed every timestamp it receives.
 */
public record AddMessage(String from, String to, String label, boolean external, int index) implements Edit {
    public AddMessage(String from, String to) {
        this(from, to, null, false, -1);
    }

    @Override
    public Edit applyTo(Diagram d) {
        int s = Lookup.event(d, from);
        int r = Lookup.event(d, to);
        if (d.processOf(s) == d.processOf(r)) {
            throw new EditRefusedException("a message cannot go from process " + Rules.shown(d.processName(d.processOf(s)))
                    + " to itself");
        }
        if (d.messageBetween(s, r) >= 0) {
            throw new EditRefusedException(from + " already sends a message to " + to
                    + "; two events have at most one message between them");
        }
        String reason = TimeOrder.forMessage(d, s, d.eventTime(s), r, d.eventTime(r));
        if (reason != null) {
            throw new EditRefusedException(reason);
        }
        if (CausalCycles.reaches(d, r, s)) {
            throw new EditRefusedException(to + " already happens before " + from
                    + ", so this message would be received before it is sent (a causal cycle)");
        }
        int at = index < 0 ? d.messageCount() : Math.min(index, d.messageCount());
        d.insertMessage(at, s, r, label, external);
        return new RemoveMessage(from, to);
    }

    @Override
    public String description() {
        return "Send message " + from + " → " + to;
    }
}
