package dev.spacetime.io.shiviz;

import dev.spacetime.causality.Analysis;
import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.LoadProblem;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.DiagramBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one execution of a log into a diagram. Processes are the hosts in order of appearance,
 * events keep their log order on each host and their text as label. Messages come from the vector
 * clocks: an event receives from each other process whose entry rose since the previous event on its
 * own process, keeping only the arcs not implied by the others. The clocks are checked as the format
 * defines them, each problem located, and the diagram's vector clocks must come out equal to the log's.
 */
public final class ShivizImport {
    private ShivizImport() {
    }

    public static Diagram toDiagram(String source, LogExecution execution) throws DiagramLoadException {
        return toDiagram(source, execution, execution.name());
    }

    /** As {@link #toDiagram(String, LogExecution)}, with the diagram's title. */
    public static Diagram toDiagram(String source, LogExecution execution, String title) throws DiagramLoadException {
        List<LogEvent> events = execution.events();
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, Integer> processOf = new LinkedHashMap<>();
        for (LogEvent e : events) {
            processOf.putIfAbsent(e.host(), processOf.size());
        }
        int processes = processOf.size();
        String[] names = processOf.keySet().toArray(new String[0]);
        int[] count = new int[processes];
        int[][] clocks = new int[events.size()][];
        int[] process = new int[events.size()];
        int[] position = new int[events.size()];
        List<List<Integer>> byProcess = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            byProcess.add(new ArrayList<>());
        }
        for (int k = 0; k < events.size(); k++) {
            LogEvent e = events.get(k);
            int p = processOf.get(e.host());
            process[k] = p;
            position[k] = count[p]++;
            byProcess.get(p).add(k);
            if (e.host().isEmpty()) {
                problems.add(new LoadProblem(e.line(), e.column(), "event \"" + e.text() + "\" names no host"));
            }
        }
        for (int k = 0; k < events.size() && problems.size() < ShivizLog.MAX_PROBLEMS; k++) {
            clocks[k] = clock(events.get(k), processOf, count, process[k], position[k], problems);
        }
        if (problems.isEmpty()) {
            checkAlongProcesses(events, clocks, byProcess, names, problems);
        }
        if (!problems.isEmpty()) {
            throw new DiagramLoadException(source, problems);
        }
        int[] sender = MessageArcs.senders(clocks, process, byProcess, events, names, problems);
        if (!problems.isEmpty()) {
            throw new DiagramLoadException(source, problems);
        }
        Diagram d = build(execution, title, names, process, byProcess, sender);
        verify(d, events, clocks, process, position, byProcess, problems);
        if (!problems.isEmpty()) {
            throw new DiagramLoadException(source, problems);
        }
        return d;
    }

    /** The event's clock as an array over the processes, checking each entry against the format. */
    private static int[] clock(LogEvent e, Map<String, Integer> processOf, int[] count, int p, int position,
            List<LoadProblem> problems) {
        int[] v = new int[count.length];
        Map<String, Integer> entries;
        try {
            entries = VectorClockText.parse(e.clock());
        } catch (IllegalArgumentException bad) {
            problems.add(new LoadProblem(e.clockLine(), e.clockColumn(), bad.getMessage()));
            return v;
        }
        for (Map.Entry<String, Integer> entry : entries.entrySet()) {
            Integer q = processOf.get(entry.getKey());
            if (q == null) {
                problems.add(new LoadProblem(e.clockLine(), e.clockColumn(), "the clock names process \""
                        + entry.getKey() + "\", which has no events in this execution"));
            } else if (q != p && entry.getValue() > count[q]) {
                problems.add(new LoadProblem(e.clockLine(), e.clockColumn(), "the clock counts "
                        + entry.getValue() + " events of \"" + entry.getKey() + "\", which has only " + count[q]));
            } else {
                v[q] = entry.getValue();
            }
        }
        if (v[p] != position + 1) {
            problems.add(new LoadProblem(e.clockLine(), e.clockColumn(), v[p] == 0
                    ? "the clock of an event on \"" + e.host() + "\" must count \"" + e.host() + "\" itself"
                    : "this is event " + (position + 1) + " of \"" + e.host() + "\", but its clock counts "
                            + v[p] + " of its own; each process's own count must run 1, 2, 3, …"));
        }
        return v;
    }

    /** No entry of a process's clock may go down from one of its events to the next: knowledge is never lost. */
    private static void checkAlongProcesses(List<LogEvent> events, int[][] clocks, List<List<Integer>> byProcess,
            String[] names, List<LoadProblem> problems) {
        for (List<Integer> run : byProcess) {
            for (int i = 1; i < run.size(); i++) {
                int[] before = clocks[run.get(i - 1)];
                int[] now = clocks[run.get(i)];
                for (int q = 0; q < now.length; q++) {
                    if (now[q] < before[q]) {
                        LogEvent e = events.get(run.get(i));
                        problems.add(new LoadProblem(e.clockLine(), e.clockColumn(), "the clock's entry for \""
                                + names[q] + "\" went down from " + before[q] + " to " + now[q]
                                + " since the previous event on \"" + e.host() + "\""));
                    }
                }
            }
        }
    }

    private static Diagram build(LogExecution execution, String title, String[] names, int[] process, List<List<Integer>> byProcess,
            int[] sender) {
        List<LogEvent> events = execution.events();
        DiagramBuilder b = new DiagramBuilder(events.size());
        String[] ids = new String[events.size()];
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int p = 0; p < names.length; p++) {
            b.addProcess(names[p]);
            for (int i = 0; i < byProcess.get(p).size(); i++) {
                int k = byProcess.get(p).get(i);
                ids[k] = EventIds.of(names[p], i + 1);
                LogEvent e = events.get(k);
                b.addEvent(p, ids[k], e.text().isBlank() ? null : e.text(), Double.NaN);
                if (!e.fields().isEmpty()) {
                    fields.put(ids[k], new LinkedHashMap<>(e.fields()));
                }
            }
        }
        // Messages in the order of their receives along the processes, not of the log, so the same
        // execution logged in another interleaving gives the same diagram.
        for (List<Integer> run : byProcess) {
            for (int k : run) {
                if (sender[k] >= 0) {
                    b.addMessage(ids[sender[k]], ids[k], null, false);
                }
            }
        }
        b.title(title);
        if (!fields.isEmpty()) {
            Map<String, Object> view = new HashMap<>();
            view.put("fields", fields);
            b.view(new LinkedHashMap<>(view));
        }
        return b.build();
    }

    /** The diagram's vector clocks must be the log's: otherwise no set of messages explains the log. */
    private static void verify(Diagram d, List<LogEvent> events, int[][] clocks, int[] process, int[] position,
            List<List<Integer>> byProcess, List<LoadProblem> problems) {
        Analysis a = Analysis.of(d);
        for (int k = 0; k < events.size() && problems.size() < ShivizLog.MAX_PROBLEMS; k++) {
            int e = a.graph().start(process[k]) + position[k];
            int[] v = a.vector(e);
            if (!java.util.Arrays.equals(v, clocks[k])) {
                LogEvent le = events.get(k);
                problems.add(new LoadProblem(le.clockLine(), le.clockColumn(), "no set of messages gives this "
                        + "clock: the messages found give " + java.util.Arrays.toString(v).replace(" ", "")
                        + " where the log says " + java.util.Arrays.toString(clocks[k]).replace(" ", "")));
            }
        }
    }
}
