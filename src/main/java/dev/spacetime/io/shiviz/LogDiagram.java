package dev.spacetime.io.shiviz;

import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.LoadProblem;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.DiagramBuilder;
import dev.spacetime.model.DiagramBuilder.MessageRefusal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.FutureTask;

/**
 * The diagram of a log's execution, built in two steps: its processes and events, which need only the
 * hosts and texts, and then its messages, once the clocks have been checked and the senders found.
 * For a big log the first step runs on a thread of its own while the clocks are checked: a million
 * events take a few hundred milliseconds to add, about as long as the checks.
 */
final class LogDiagram {
    /** Events from which the first step gets a thread of its own. */
    static final int OWN_THREAD_FROM = 20_000;

    private final DiagramBuilder builder;
    private final int[] handles; // log order → the event's handle in the diagram

    private LogDiagram(int events) {
        builder = new DiagramBuilder(events);
        handles = new int[events];
    }

    /** Starts adding the processes (in {@code names} order) and their events; see {@link Background#result}. */
    static FutureTask<LogDiagram> start(RawExecution raw, String[] names, int[][] byProcess) {
        boolean ownThread = raw.size() >= OWN_THREAD_FROM;
        return Background.start(() -> addEvents(raw, names, byProcess, ownThread), "log import", ownThread);
    }

    /** @param stoppable on a thread of its own, which the import interrupts when it fails: then it stops */
    private static LogDiagram addEvents(RawExecution raw, String[] names, int[][] byProcess, boolean stoppable) {
        LogDiagram out = new LogDiagram(raw.size());
        for (int p = 0; p < names.length; p++) {
            out.builder.addProcess(names[p]);
            for (int i = 0; i < byProcess[p].length; i++) {
                if (stoppable && (i & 0xFFFF) == 0 && Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("the import no longer wants the diagram");
                }
                int k = byProcess[p][i];
                String base = EventIds.of(names[p], i + 1);
                String label = raw.text(k).isBlank() ? null : raw.text(k);
                String id = base;
                int handle = out.builder.addEvent(p, id, label, Double.NaN);
                // Hosts "p1" and "p1_" both number their second event "p1_2": the one met later gets "p1_2#2".
                for (int again = 2; handle < 0; again++) {
                    id = base + "#" + again;
                    handle = out.builder.addEvent(p, id, label, Double.NaN);
                }
                out.handles[k] = handle;
                if (raw.hasFields(k)) {
                    out.builder.eventFields(id, raw.fields(k));
                }
            }
        }
        return out;
    }

    /**
     * Adds the messages (one per direct sender of each event) and the title. Messages go in the order of
     * their receives along the processes, not of the log, so the same execution logged in another
     * interleaving gives the same diagram; into one event, in the order of the senders' processes.
     */
    Diagram finish(String source, RawExecution raw, int[][] byProcess, SenderTable senders,
            String title) throws DiagramLoadException {
        List<LoadProblem> refused = new ArrayList<>();
        for (int[] run : byProcess) {
            for (int k : run) {
                for (int i = 0; i < senders.count(k); i++) {
                    int s = senders.sender(k, i);
                    MessageRefusal why = builder.addMessage(handles[s], handles[k], null, false);
                    if (why != MessageRefusal.NONE && refused.size() < ShivizLog.MAX_PROBLEMS) {
                        refused.add(refusal(raw, s, k, why));
                    }
                }
            }
        }
        if (!refused.isEmpty()) {
            refused.sort(Comparator.comparingInt(LoadProblem::line));
            throw new DiagramLoadException(source, refused);
        }
        builder.title(title);
        return builder.build();
    }

    /** The diagram's storage refused a message the clocks imply (one into an event that already receives). */
    private static LoadProblem refusal(RawExecution raw, int s, int k, MessageRefusal why) {
        return new LoadProblem(raw.line(k), raw.column(k), "event " + Quoted.of(raw.text(k)) + " learns directly of "
                + Quoted.of(raw.text(s)) + " on " + Quoted.of(raw.name(raw.host(s))) + ", but the diagram refuses that message ("
                + why.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
    }
}
