package dev.spacetime.sim.mutex;

import dev.spacetime.causality.Analysis;
import dev.spacetime.model.SimulationSettings;
import java.util.List;

/**
 * Which of the paper's five rules of mutual exclusion (section 4) an event of a run follows, in the
 * paper's words with the run's values: "rule 2: P2 puts P1's request 1:P1 on its queue; its
 * acknowledgement follows". Read from the diagram and the variant its settings name, so a saved run
 * gets the same citations as the run just made. Where a broken variant skips a rule, says what it
 * did instead.
 */
public final class RuleCitation {
    private RuleCitation() {
    }

    /** The rule event e follows, or null when the diagram is no run of the algorithm or e follows none. */
    public static String of(Analysis a, int e) {
        SimulationSettings settings = a.graph().diagram().annotations().simulation();
        if (settings == null || !MutexParameters.KIND.equals(settings.kind())) {
            return null;
        }
        return of(new MutexReading(a), variant(settings), e);
    }

    static String of(MutexReading run, Variant variant, int e) {
        return switch (run.kind(e)) {
            case REQUEST -> request(run, e);
            case RECEIVE_REQUEST -> receiveRequest(run, e);
            case ACK -> acknowledge(run, e);
            case RECEIVE_ACK -> receiveAck(run, e);
            case RELEASE -> release(run, e);
            case RECEIVE_RELEASE -> receiveRelease(run, e);
            case ENTER -> enter(run, variant, e);
            case OTHER -> null;
        };
    }

    private static String request(MutexReading run, int e) {
        String p = run.name(run.process(e));
        return "rule 1: " + p + " requests the resource, sending \"" + run.tm(e) + ":" + p + " requests resource\" to "
                + processes(run, run.receivers(e)) + " and putting it on its own queue";
    }

    private static String receiveRequest(MutexReading run, int e) {
        int s = run.sender(e);
        int q = run.process(s);
        String p = run.name(run.process(e));
        String head = "rule 2: " + p + " puts " + run.name(q) + "'s request " + run.tm(s) + ":" + run.name(q) + " on its queue";
        int next = run.next(e);
        if (next >= 0 && run.kind(next) == MutexReading.Kind.ACK && run.receivers(next).contains(q)) {
            return head + "; its timestamped acknowledgement follows";
        }
        int sent = run.sentBefore(e, q);
        if (sent > run.tm(s)) {
            return head + " and sends no acknowledgement, as the paper's note allows: it has already sent " + run.name(q)
                    + " a message timestamped later than " + run.tm(s) + " (Tm = " + sent + ")";
        }
        return head + " but sends no acknowledgement, which rule 2 asks for";
    }

    private static String acknowledge(MutexReading run, int e) {
        String p = run.name(run.process(e));
        List<Integer> to = run.receivers(e);
        String ack = " a timestamped acknowledgement (Tm = " + run.tm(e) + ")";
        int before = run.previous(e);
        if (before >= 0 && run.kind(before) == MutexReading.Kind.RECEIVE_REQUEST
                && to.contains(run.process(run.sender(before)))) {
            int s = run.sender(before);
            return "rule 2: " + p + " acknowledges " + run.name(run.process(s)) + "'s request " + run.tm(s) + ":"
                    + run.name(run.process(s)) + ", sending" + ack;
        }
        return "rule 2: " + p + " sends " + processes(run, to) + ack;
    }

    private static String receiveAck(MutexReading run, int e) {
        int s = run.sender(e);
        String p = run.name(run.process(e));
        String heard = p + " hears from " + run.name(run.process(s)) + " (acknowledgement, Tm = " + run.tm(s) + ")";
        Req mine = run.ownRequest(e);
        if (mine == null) {
            return heard;
        }
        return heard + (run.tm(s) > mine.time() ? ", later than its request " : ", not later than its request ")
                + run.text(mine) + ", which rule 5(ii) waits for";
    }

    private static String release(MutexReading run, int e) {
        String p = run.name(run.process(e));
        int before = run.previous(e);
        Req mine = before < 0 ? null : run.ownRequest(before);
        return "rule 3: " + p + " releases the resource, removing " + (mine == null ? "its request" : run.text(mine))
                + " from its queue and sending \"" + p + " releases resource\" to " + processes(run, run.receivers(e));
    }

    private static String receiveRelease(MutexReading run, int e) {
        int q = run.process(run.sender(e));
        String p = run.name(run.process(e));
        int before = run.previous(e);
        Req removed = before < 0 ? null : run.queueAfter(before).stream().filter(r -> r.process() == q).findFirst()
                .orElse(null);
        return "rule 4: " + p + " receives " + run.name(q) + "'s release and " + (removed == null
                ? "has no request of " + run.name(q) + "'s on its queue to remove"
                : "removes " + run.name(q) + "'s request " + run.text(removed) + " from its queue");
    }

    private static String enter(MutexReading run, Variant variant, int e) {
        Grant g = run.grant(e);
        if (g == null) {
            return run.name(run.process(e)) + " enters the critical section with no request on its queue, which rule 5"
                    + " never allows";
        }
        String enters = g.process() + " enters the critical section";
        List<String> broken = g.broken();
        if (broken.isEmpty()) {
            return "rule 5: " + g.partOne() + " and " + g.partTwo() + ": " + enters
                    + (variant == Variant.NO_WAIT_FOR_ACKS ? " (this variant would not have waited for (ii))" : "");
        }
        String instead = switch (variant) {
            case NO_WAIT_FOR_ACKS -> "this variant does not wait for 5(ii)";
            case IGNORE_TIES -> "this variant compares timestamps alone, so a tie ⇒ breaks by process does not hold it back";
            case CORRECT -> "which the algorithm never does";
        };
        String why = broken.size() == 2 ? "rules 5(i) and 5(ii) are not met: " + g.partOne() + ", and " + g.partTwo()
                : broken.contains("5(i)") ? "rule 5(i) is not met: " + g.partOne() + ", though " + g.partTwo()
                : "rule 5(ii) is not met: " + g.partOne() + ", but " + g.partTwo();
        return why + "; " + enters + " anyway: " + instead;
    }

    private static String processes(MutexReading run, List<Integer> ps) {
        return Grant.names(ps.stream().map(run::name).toList());
    }

    private static Variant variant(SimulationSettings settings) {
        try {
            return Variant.valueOf(String.valueOf(settings.parameter("variant")));
        } catch (IllegalArgumentException unnamed) {
            return Variant.CORRECT; // settings from before the variants, or none named: the paper's algorithm
        }
    }
}
