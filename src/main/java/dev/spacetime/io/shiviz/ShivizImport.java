package dev.spacetime.io.shiviz;

import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.LoadProblem;
import dev.spacetime.model.Diagram;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.FutureTask;

/**
 * Turns one execution of a log into a diagram. Processes are the hosts in order of appearance, each
 * one's events in the order of its own clock entry (as ShiViz orders them, whatever the order of the
 * lines), with their text as label. Messages come from the vector
 * clocks: an event receives from each other process whose entry rose since the previous event on its
 * own process, keeping only the arcs not implied by the others. The clocks are checked as the format
 * defines them, each problem located, and the diagram's vector clocks must come out equal to the log's.
 * Memory stays at one clock per event even for a million events of 64 processes.
 */
public final class ShivizImport {
    private ShivizImport() {
    }

    public static Diagram toDiagram(String source, LogExecution execution) throws DiagramLoadException {
        return toDiagram(source, execution, execution.name());
    }

    /** As {@link #toDiagram(String, LogExecution)}, with the diagram's title. */
    public static Diagram toDiagram(String source, LogExecution execution, String title) throws DiagramLoadException {
        RawExecution raw = execution.events();
        int n = raw.size();
        List<LoadProblem> problems = new ArrayList<>(raw.problems().subList(0,
                Math.min(raw.problems().size(), ShivizLog.MAX_PROBLEMS)));
        // Processes are the hosts in order of appearance.
        int[] processOfName = new int[raw.nameCount()];
        Arrays.fill(processOfName, -1);
        List<String> hostNames = new ArrayList<>();
        int[] process = new int[n];
        for (int k = 0; k < n; k++) {
            int id = raw.host(k);
            if (processOfName[id] < 0) {
                processOfName[id] = hostNames.size();
                hostNames.add(raw.name(id));
            }
            process[k] = processOfName[id];
            if (dev.spacetime.model.Rules.isBlank(raw.name(id)) && problems.size() < ShivizLog.MAX_PROBLEMS) {
                problems.add(new LoadProblem(raw.line(k), raw.column(k), "event " + Quoted.of(raw.text(k)) + " names no host"));
            }
        }
        String[] names = hostNames.toArray(new String[0]);
        int[] count = new int[names.length];
        for (int k = 0; k < n; k++) {
            count[process[k]]++;
        }
        int[][] inLogOrder = new int[names.length][];
        for (int p = 0; p < names.length; p++) {
            inLogOrder[p] = new int[count[p]];
        }
        int[] fill = new int[names.length];
        for (int k = 0; k < n; k++) {
            inLogOrder[process[k]][fill[process[k]]++] = k;
        }
        ProcessOrder order = ProcessOrder.of(raw, inLogOrder, names);
        int[][] byProcess = order.byProcess;
        int[] position = order.position;
        FutureTask<LogDiagram> events = problems.isEmpty() ? LogDiagram.start(raw, names, byProcess) : null;
        try {
            return checkedDiagram(source, title, raw, problems, processOfName, names, count, process, position,
                    byProcess, order, events);
        } catch (DiagramLoadException e) {
            throw withSkipped(e, raw.skipped());
        } finally {
            if (events != null) {
                events.cancel(true); // done by now, unless the checks failed
            }
        }
    }

    private static Diagram checkedDiagram(String source, String title, RawExecution raw, List<LoadProblem> problems,
            int[] processOfName, String[] names, int[] count, int[] process, int[] position, int[][] byProcess,
            ProcessOrder order, FutureTask<LogDiagram> events) throws DiagramLoadException {
        int n = raw.size();
        for (int k = 0; k < n && problems.size() < ShivizLog.MAX_PROBLEMS; k++) {
            if (!raw.unreadable(k)) { // an unreadable clock: the reader has said so
                check(raw, k, processOfName, count, process[k], order.faults.get(k), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new DiagramLoadException(source, problems);
        }
        ClockRows clocks = raw.clocks().renumbered(processOfName, names.length);
        SenderTable senders = MessageArcs.senders(clocks, process, byProcess, raw, problems);
        if (problems.isEmpty()) {
            int k = MessageArcs.onCycle(senders, byProcess, process, position);
            if (k >= 0) {
                problems.add(new LoadProblem(raw.clockLine(k), raw.clockColumn(k), "no execution gives these clocks: "
                        + "by the messages they imply, event " + Quoted.of(raw.text(k)) + " on " + Quoted.of(names[process[k]])
                        + " happens before itself"));
            }
        }
        if (!problems.isEmpty()) {
            // A clock entry going down along its process is the plainest fault: said instead, when there
            // is one. (When the clocks pass the check above, none goes down, so this runs only on failure.)
            List<LoadProblem> along = new ArrayList<>();
            checkAlongProcesses(raw, clocks, byProcess, names, along);
            throw new DiagramLoadException(source, along.isEmpty() ? problems : along);
        }
        return Background.result(events).finish(source, raw, byProcess, senders, title);
    }

    /**
     * Checks the event's clock against the format: every process it counts has that many events, and its
     * own count is its place ({@code ownFault} says why not, found by {@link ProcessOrder}).
     */
    private static void check(RawExecution raw, int k, int[] processOfName, int[] count, int p, String ownFault,
            List<LoadProblem> problems) {
        ClockRows rows = raw.clocks();
        int[] chunk = rows.chunk(k);
        int at = rows.offset(k);
        List<String> wrong = null; // names with a fault, said in the order of the names, whatever their numbers
        for (int id = 0; id < rows.width(k); id++) {
            int value = chunk[at + id];
            if (value == 0) {
                continue;
            }
            int q = processOfName[id];
            if (q < 0 || (q != p && value > count[q])) {
                wrong = wrong == null ? new ArrayList<>() : wrong;
                wrong.add(raw.name(id));
            }
        }
        if (wrong != null) {
            wrong.sort(null);
            for (String name : wrong) {
                int id = raw.nameId(name);
                int q = processOfName[id];
                problems.add(new LoadProblem(raw.clockLine(k), raw.clockColumn(k), q < 0
                        ? "the clock names process " + Quoted.of(name) + ", which has no events in this execution"
                        : "the clock counts " + rows.get(k, id) + " events of " + Quoted.of(name) + ", which has only "
                                + count[q]));
            }
        }
        if (ownFault != null) {
            problems.add(new LoadProblem(raw.clockLine(k), raw.clockColumn(k), ownFault));
        }
    }

    /**
     * The failure, with a note when text was skipped: a record the expression missed (a typo in one
     * line) shows up only as a fault in the counts, which the note helps explain.
     */
    private static DiagramLoadException withSkipped(DiagramLoadException e, SkippedText skipped) {
        if (skipped.isEmpty()) {
            return e;
        }
        LoadProblem first = skipped.firstPlace();
        List<LoadProblem> problems = new ArrayList<>(e.problems());
        boolean one = skipped.stretches() == 1;
        problems.add(LoadProblem.unlocated("(" + skipped.stretches() + (one ? " stretch" : " stretches")
                + " of text the regular expression does not match " + (one ? "was" : "were") + " skipped, the first at "
                + "line " + first.line() + ": " + first.message() + ")"));
        return new DiagramLoadException(e.sourceName(), e.headline(), problems);
    }

    /** No entry of a process's clock may go down from one of its events to the next: knowledge is never lost. */
    private static void checkAlongProcesses(RawExecution raw, ClockRows clocks, int[][] byProcess, String[] names,
            List<LoadProblem> problems) {
        for (int[] run : byProcess) {
            for (int i = 1; i < run.length && problems.size() < ShivizLog.MAX_PROBLEMS; i++) {
                int[] before = clocks.row(run[i - 1], names.length);
                int[] now = clocks.row(run[i], names.length);
                for (int q = 0; q < now.length; q++) {
                    if (now[q] < before[q]) {
                        int k = run[i];
                        problems.add(new LoadProblem(raw.clockLine(k), raw.clockColumn(k), "the clock's entry for "
                                + Quoted.of(names[q]) + " went down from " + before[q] + " to " + now[q]
                                + " since the previous event on " + Quoted.of(raw.name(raw.host(k)))
                                + "; a process never forgets what it has heard of"));
                    }
                }
            }
        }
    }
}
