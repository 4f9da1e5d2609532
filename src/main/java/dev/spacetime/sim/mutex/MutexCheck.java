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
 * Grants at one instant came in no order: condition II compares only grants one of which came first,
 * and condition I fails for them, as both held the resource at that instant. A failed condition names
 * the part of rule 5 the grants behind it did not follow ({@link RuleBlame}).
 */
public final class MutexCheck {
    /**
     * One condition's outcome, with the sentence a student reads and, when it fails, the events that
     * break it (ids), to be marked on the diagram, and the parts of the paper's rules the grants behind
     * the failure broke ("5(ii)"), empty when they broke none.
     */
    public record Condition(String name, boolean holds, String detail, List<String> events, List<String> rules) {
        public Condition {
            events = List.copyOf(events);
            rules = List.copyOf(rules);
        }

        public Condition(String name, boolean holds, String detail, List<String> events) {
            this(name, holds, detail, events, List.of());
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

        /** The parts of the paper's rules broken behind the failed conditions, each once: "5(ii)". */
        public List<String> rules() {
            return conditions.stream().flatMap(c -> c.rules().stream()).distinct().sorted().toList();
        }

        /**
         * "All three conditions hold", or which fail and which rule the run did not follow: "Condition I
         * fails", "Conditions I and II fail: the grants did not follow rule 5(ii)".
         */
        public String headline() {
            if (holds()) {
                return "All three conditions hold";
            }
            // Each condition by its numeral ("I" of "I. mutual exclusion"); the lines per condition say the rest.
            List<String> broken = conditions.stream().filter(c -> !c.holds())
                    .map(c -> c.name().contains(".") ? c.name().substring(0, c.name().indexOf('.')) : c.name()).toList();
            List<String> rules = rules();
            return (broken.size() == 1 ? "Condition " : "Conditions ") + String.join(" and ", broken)
                    + (broken.size() == 1 ? " fails" : " fail") + (rules.isEmpty() ? ""
                    : ": the grants did not follow rule " + String.join(" and ", rules));
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
        RuleBlame blame = new RuleBlame(new MutexReading(a), run.parameters().variant());
        // Grants in the order of their instants; grants at one instant in the ⇒ order of their requests, so
        // that nothing the verdict says depends on the order the run happened to record them in.
        List<MutexRun.CriticalSection> byTime = new ArrayList<>(run.sections());
        byTime.sort(Comparator.<MutexRun.CriticalSection>comparingDouble(s -> entered(d, s)).thenComparing(MutexCheck::request));
        List<Condition> out = new ArrayList<>();
        out.add(exclusion(d, a, byTime, blame));
        out.add(order(d, byTime, blame));
        out.add(everyRequest(run));
        return new Verdict(out);
    }

    private static Condition exclusion(Diagram d, Analysis a, List<MutexRun.CriticalSection> byTime, RuleBlame blame) {
        for (int k = 1; k < byTime.size(); k++) {
            MutexRun.CriticalSection before = byTime.get(k - 1);
            MutexRun.CriticalSection after = byTime.get(k);
            double released = d.eventTime(d.findEvent(before.release()));
            double entered = entered(d, after);
            List<String> grants = List.of(after.enter(), before.enter());
            if (entered == entered(d, before)) {
                // Two grants at one instant: both hold the resource at that instant, whatever the order.
                return failed("I. mutual exclusion", name(before) + " and " + name(after) + " were granted the resource at"
                        + " the same instant (" + ReadableNumber.of(entered) + ", " + before.enter() + " and "
                        + after.enter() + ") and held it at once", List.of(before.enter(), after.enter()), grants, blame);
            }
            if (entered < released) {
                return failed("I. mutual exclusion", name(after) + " was granted the resource at " + ReadableNumber.of(entered)
                        + " while " + name(before) + " held it (until " + ReadableNumber.of(released) + ")",
                        List.of(after.enter(), before.enter(), before.release()), grants, blame);
            }
            if (!a.happenedBefore(a.indexOf(before.release()), a.indexOf(after.enter()))) {
                return failed("I. mutual exclusion", name(after) + " was granted the resource (" + after.enter()
                        + ") without hearing of " + name(before) + "'s release (" + before.release()
                        + "): only luck with the timing kept them apart", List.of(after.enter(), before.release()), grants,
                        blame);
            }
        }
        return new Condition("I. mutual exclusion", true, byTime.size() + " grants, none overlapping, each after the "
                + "previous release happened before it");
    }

    /**
     * Condition II compares only grants one of which came strictly before the other: two grants at the
     * same instant were not granted in any order (condition I fails for them instead).
     */
    private static Condition order(Diagram d, List<MutexRun.CriticalSection> byTime, RuleBlame blame) {
        MutexRun.CriticalSection latest = null; // of the grants at earlier instants, the one with the latest request by ⇒
        List<String> together = new ArrayList<>(); // grants that share their instant with another
        int k = 0;
        while (k < byTime.size()) {
            double instant = entered(d, byTime.get(k));
            int end = k;
            while (end < byTime.size() && entered(d, byTime.get(end)) == instant) {
                end++;
            }
            if (end - k > 1) {
                byTime.subList(k, end).forEach(s -> together.add(s.enter()));
            }
            for (int i = k; i < end && latest != null; i++) {
                MutexRun.CriticalSection y = byTime.get(i);
                Req rx = request(latest);
                Req ry = request(y);
                if (ry.compareTo(rx) < 0) {
                    return failed("II. granted in the order requested", "request " + ry + " was granted after " + rx
                            + ", though " + ry + " ⇒ " + rx + unordered(together), List.of(y.enter(), latest.enter()),
                            List.of(latest.enter()), blame);
                }
            }
            for (int i = k; i < end; i++) {
                if (latest == null || request(byTime.get(i)).compareTo(request(latest)) > 0) {
                    latest = byTime.get(i);
                }
            }
            k = end;
        }
        return new Condition("II. granted in the order requested", true, "grants follow ⇒ on the requests' timestamps"
                + unordered(together));
    }

    /** " (p1_2 and p2_2, granted at one instant, came in no order and are not compared)", or "" for none. */
    private static String unordered(List<String> together) {
        return together.isEmpty() ? "" : " (" + Grant.names(together) + ", granted at one instant, came in no order and"
                + " are not compared)";
    }

    /** A failed condition, with why in terms of the rules the grants behind it broke. */
    private static Condition failed(String name, String detail, List<String> events, List<String> grants, RuleBlame blame) {
        return new Condition(name, false, detail + blame.because(grants), events, blame.rules(grants));
    }

    private static double entered(Diagram d, MutexRun.CriticalSection s) {
        return d.eventTime(d.findEvent(s.enter()));
    }

    private static Req request(MutexRun.CriticalSection s) {
        return new Req(s.timestamp(), s.process());
    }

    private static String name(MutexRun.CriticalSection s) {
        return "P" + (s.process() + 1);
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
