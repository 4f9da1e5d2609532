package dev.spacetime.io.shiviz;

import java.util.List;

/** One execution of a log (a log may hold several, split by the delimiter), with its events in log order. */
public record LogExecution(String name, List<LogEvent> events) {
    public LogExecution {
        events = List.copyOf(events);
    }

    /** How many events the execution has. */
    public int size() {
        return events.size();
    }
}
