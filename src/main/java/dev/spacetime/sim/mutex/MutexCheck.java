package dev.spacetime.sim.mutex;

import dev.spacetime.causality.Analysis;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.ReadableNumber;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a run against the paper's three conditions, reading only what the run recorded (requests,
 * the times each process held the resource, the diagram) and not how the algorithm decided:
 * (I) a process granted the resource releases it before another is granted it — no two holdings
 * overlap in time, and each release happened before (→) the next grant; (II) different requests are
 * granted in the order they were made, ⇒ on their timestamps; (III) every request is granted.
 */
public final class MutexCheck {
    /**
     * One condition's outcome, with the sentence a student reads and, when it fails, the events that
     * break it (ids), to be marked on the diagram.
     */
    public record Condition(String name, boolean holds, String detail, List<String> events) {
        public Condition {
            events = List.copyOf(events);
        }

        public Condition(String name, boolean holds, String detail) {
            this(name, holds, detail, List.of());
        }
    }

    /** All three conditions. */
    public record Verdict(List<Condition> conditions) {
        public boolean holds() {
            return conditions.stream().allMatch(Condition::holds);
        }

        /** The events that break a condition, each once, in the order the conditions name them. */
        public List<String> brokenBy() {
            return conditions.stream().flatMap(c -> c.events().stream()).distinct().toList();
        }

        /** "All three conditions hold", or which fail: "Condition I fails", "Conditions I and II fail". */
        public String headline() {
            if (holds()) {
                return "All three conditions hold";
            }
            // Each condition by its numeral ("I" of "I. mutual exclusion"); the lines per condition say the rest.
            List<String> broken = conditions.stream().filter(c -> !c.holds())
                    .map(c -> c.name().contains(".") ? c.name().substring(0, c.name().indexOf('.')) : c.name()).toList();
            return (broken.size() == 1 ? "Condition " : "Conditions ") + String.join(" and ", broken)
                    + (broken.size() == 1 ? " fails" : " fail");
        }

        /** One line per condition: "✓ I. mutual exclusion: …" or "✗ …". */
        public List<String> lines() {
            return conditions.stream().map(c -> (c.holds() ? "✓ " : "✗ ") + c.name() + ": " + c.detail()).toList();
        }

        public String describe() {
            StringBuilder sb = new StringBuilder();
            for (Condition c : conditions) {
                sb.append(c.holds() ? "✓ " : "✗ ").append(c.name()).append(": ").append(c.detail()).append('\n');
            }
            return sb.toString();
        }
    }

    private MutexCheck() {
    }

    public static Verdict check(MutexRun run) {
        Diagram d = run.diagram();
        Analysis a = Analysis.of(d);
        List<MutexRun.CriticalSection> byTime = new ArrayList<>(run.sections());
        byTime.sort(Comparator.comparingDouble(s -> d.eventTime(d.findEvent(s.enter()))));
        List<Condition> out = new ArrayList<>();
        out.add(exclusion(d, a, byTime));
        out.add(order(byTime));
        out.add(everyRequest(run));
        return new Verdict(out);
    }

    private static Condition exclusion(Diagram d, Analysis a, List<MutexRun.CriticalSection> byTime) {
        for (int k = 1; k < byTime.size(); k++) {
            MutexRun.CriticalSection before = byTime.get(k - 1);
            MutexRun.CriticalSection after = byTime.get(k);
            double released = d.eventTime(d.findEvent(before.release()));
            double entered = d.eventTime(d.findEvent(after.enter()));
            if (entered < released) {
                return new Condition("I. mutual exclusion", false, "P" + (after.process() + 1) + " was granted the resource at "
                        + ReadableNumber.of(entered) + " while P" + (before.process() + 1) + " held it (until "
                        + ReadableNumber.of(released) + ")",
                        List.of(after.enter(), before.enter(), before.release()));
            }
            if (!a.happenedBefore(a.indexOf(before.release()), a.indexOf(after.enter()))) {
                return new Condition("I. mutual exclusion", false, "P" + (after.process() + 1) + " was granted the resource ("
                        + after.enter() + ") without hearing of P" + (before.process() + 1) + "'s release ("
                        + before.release() + "): only luck with the timing kept them apart", List.of(after.enter(), before.release()));
            }
        }
        return new Condition("I. mutual exclusion", true, byTime.size() + " grants, none overlapping, each after the "
                + "previous release happened before it");
    }

    private static Condition order(List<MutexRun.CriticalSection> byTime) {
        for (int k = 1; k < byTime.size(); k++) {
            MutexRun.CriticalSection x = byTime.get(k - 1);
            MutexRun.CriticalSection y = byTime.get(k);
            Req rx = new Req(x.timestamp(), x.process());
            Req ry = new Req(y.timestamp(), y.process());
            if (rx.compareTo(ry) > 0) {
                return new Condition("II. granted in the order requested", false, "request " + ry + " was granted after "
                        + rx + ", though " + ry + " ⇒ " + rx, List.of(y.enter(), x.enter()));
            }
        }
        return new Condition("II. granted in the order requested", true, "grants follow ⇒ on the requests' timestamps");
    }

    private static Condition everyRequest(MutexRun run) {
        int made = run.requests().size();
        int granted = run.sections().size();
        if (granted < made) {
            java.util.Set<Req> grants = new java.util.HashSet<>();
            for (MutexRun.CriticalSection s : run.sections()) {
                grants.add(new Req(s.timestamp(), s.process()));
            }
            List<String> waiting = run.requests().stream()
                    .filter(r -> !grants.contains(new Req(r.timestamp(), r.process()))).map(MutexRun.Request::event).toList();
            return new Condition("III. every request granted", false, (made - granted) + " of " + made
                    + " requests were never granted", waiting);
        }
        return new Condition("III. every request granted", true, "all " + made + " requests were granted and released");
    }
}
