package dev.spacetime.io.shiviz;

import java.util.LinkedHashMap;
import java.util.Map;

/** One execution of a log (a log may hold several, split by the delimiter), with its events in log order. */
public final class LogExecution {
    private final String name;
    private final RawExecution events;

    LogExecution(String name, RawExecution events) {
        this.name = name;
        this.events = events;
    }

    public String name() {
        return name;
    }

    /** How many events the execution has. */
    public int size() {
        return events.size();
    }

    /** The text the expression did not match, skipped as ShiViz skips it: for a warning. */
    public SkippedText skipped() {
        return events.skipped();
    }

    RawExecution events() {
        return events;
    }

    /** The host of the k-th event in log order. */
    String host(int k) {
        return events.name(events.host(k));
    }

    /** The clock of the k-th event as the log gives it: process name → count, zeros left out. */
    Map<String, Integer> clock(int k) {
        Map<String, Integer> out = new LinkedHashMap<>();
        ClockRows clocks = events.clocks();
        for (int id = 0; id < clocks.width(k); id++) {
            if (clocks.get(k, id) > 0) {
                out.put(events.name(id), clocks.get(k, id));
            }
        }
        return out;
    }
}
