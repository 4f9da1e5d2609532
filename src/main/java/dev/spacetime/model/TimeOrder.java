package dev.spacetime.model;

/** Checks of physical times for one edit: increasing along a process, never received before sent. */
final class TimeOrder {
    private TimeOrder() {
    }

    /**
     * Why an event with {@code time} cannot stand at {@code insertAt} on process {@code p}, counting
     * positions among the process's events other than {@code self} (-1 for none); null when it can.
     */
    static String onProcess(Diagram d, int p, int insertAt, double time, int self) {
        if (Double.isNaN(time)) {
            return null;
        }
        if (Double.isInfinite(time)) {
            return "a time must be a finite number";
        }
        int selfPos = self >= 0 && d.processOf(self) == p ? d.positionOf(self) : Integer.MAX_VALUE;
        int n = d.eventCount(p) - (selfPos == Integer.MAX_VALUE ? 0 : 1);
        for (int j = insertAt - 1; j >= 0; j--) {
            int e = d.eventAt(p, j >= selfPos ? j + 1 : j);
            if (d.hasTime(e)) {
                if (!(time > d.eventTime(e))) {
                    return "time " + Rules.formatTime(time) + " is not after " + Rules.shown(d.eventId(e)) + " (time "
                            + Rules.formatTime(d.eventTime(e)) + "); times must increase along a process";
                }
                break;
            }
        }
        for (int j = insertAt; j < n; j++) {
            int e = d.eventAt(p, j >= selfPos ? j + 1 : j);
            if (d.hasTime(e)) {
                if (!(time < d.eventTime(e))) {
                    return "time " + Rules.formatTime(time) + " is not before " + Rules.shown(d.eventId(e)) + " (time "
                            + Rules.formatTime(d.eventTime(e)) + "); times must increase along a process";
                }
                break;
            }
        }
        return null;
    }

    /** Why a message from {@code send} at {@code sendTime} to {@code receive} at {@code receiveTime} cannot be. */
    static String forMessage(Diagram d, int send, double sendTime, int receive, double receiveTime) {
        if (!Double.isNaN(sendTime) && !Double.isNaN(receiveTime) && receiveTime < sendTime) {
            return "the message " + Rules.shown(d.eventId(send)) + " → " + Rules.shown(d.eventId(receive)) + " would be received at time "
                    + Rules.formatTime(receiveTime) + ", before it is sent at time " + Rules.formatTime(sendTime);
        }
        return null;
    }

    /** Why event {@code e} cannot have {@code time}: its process neighbours and its messages. */
    static String forRetime(Diagram d, int e, double time) {
        String reason = onProcess(d, d.processOf(e), d.positionOf(e), time, e);
        if (reason != null) {
            return reason;
        }
        for (int s : d.sendersOf(e)) {
            reason = forMessage(d, s, d.eventTime(s), e, time);
            if (reason != null) {
                return reason;
            }
        }
        for (int r : d.receiversOf(e)) {
            reason = forMessage(d, e, time, r, d.eventTime(r));
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }
}
