package dev.spacetime.sim;

import dev.spacetime.model.Diagram;
import dev.spacetime.model.DiagramBuilder;
import java.util.SplittableRandom;

/**
 * A random but valid diagram, made by simulating an execution one global step at a time: at each
 * step some process sends, receives a message in flight to it, or does a local event. Receives only
 * happen after their sends, so there is never a causal cycle, and the step number is a physical time
 * that increases along every process and along every message. The same parameters and seed always
 * give the same diagram.
 */
public final class RandomExecution {
    /**
     * What to generate.
     *
     * @param processes number of processes, at least 1 (2 when there are messages)
     * @param events    total number of events
     * @param messages  total number of messages (each needs its own receive event)
     * @param external  how many of the messages are external (travel outside the system)
     * @param seed      the random seed
     */
    public record Parameters(int processes, int events, int messages, int external, long seed) {
        /** Why these parameters cannot give a valid diagram, or null when they can. */
        public String problem() {
            if (processes < 1) {
                return "a diagram needs at least one process";
            }
            if (events < 0 || messages < 0 || external < 0) {
                return "counts cannot be negative";
            }
            if (external > messages) {
                return "external messages (" + external + ") cannot outnumber messages (" + messages + ")";
            }
            if (messages > 0 && processes < 2) {
                return "messages need at least two processes";
            }
            if (messages > 0 && sendEvents() < 1) {
                return messages + " messages need " + messages + " receive events and at least one send event, "
                        + "but there are only " + events + " events";
            }
            if (messages > 0 && (long) sendEvents() * (processes - 1) < messages) {
                return "with " + processes + " processes a send reaches at most " + (processes - 1)
                        + " others, so " + events + " events cannot carry " + messages + " messages";
            }
            return null;
        }

        /** Events that send: one per message when there is room, otherwise multicasts. */
        int sendEvents() {
            return Math.min(messages, events - messages);
        }
    }

    private RandomExecution() {
    }

    public static Diagram generate(Parameters params) {
        String problem = params.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        SplittableRandom rnd = new SplittableRandom(params.seed());
        int procs = params.processes();
        DiagramBuilder b = new DiagramBuilder(params.events());
        b.title("Random execution: " + procs + " processes, " + params.events() + " events, "
                + params.messages() + " messages (seed " + params.seed() + ")");
        String[] names = new String[procs];
        for (int p = 0; p < procs; p++) {
            names[p] = "P" + (p + 1);
            b.addProcess(names[p]);
        }
        int[] eventsSoFar = new int[procs];
        int sends = params.messages() == 0 ? 0 : params.sendEvents();
        int[] fanout = MessageDraws.fanouts(params.messages(), sends, procs - 1, rnd);
        boolean[] isExternal = MessageDraws.externalFlags(params.messages(), params.external(), rnd);

        // Messages in flight: their send event id and destination process.
        String[] flightFrom = new String[params.messages()];
        int[] flightTo = new int[params.messages()];
        int inFlight = 0;
        int sendsLeft = sends;
        int receivesLeft = params.messages();
        int localsLeft = params.events() - sends - params.messages();
        int received = 0;
        int[] dests = new int[procs];
        for (int step = 0; step < params.events(); step++) {
            int total = sendsLeft + localsLeft + (inFlight > 0 ? receivesLeft : 0);
            int pick = rnd.nextInt(total);
            if (pick < sendsLeft) {
                int p = rnd.nextInt(procs);
                String id = eventId(names[p], ++eventsSoFar[p]);
                b.addEvent(p, id, null, step);
                int k = fanout[sends - sendsLeft];
                chooseDestinations(p, procs, k, dests, rnd);
                for (int j = 0; j < k; j++) {
                    flightFrom[inFlight] = id;
                    flightTo[inFlight] = dests[j];
                    inFlight++;
                }
                sendsLeft--;
            } else if (pick < sendsLeft + localsLeft) {
                int p = rnd.nextInt(procs);
                b.addEvent(p, eventId(names[p], ++eventsSoFar[p]), null, step);
                localsLeft--;
            } else {
                int m = rnd.nextInt(inFlight); // any message in flight: channels need not be FIFO
                int p = flightTo[m];
                String id = eventId(names[p], ++eventsSoFar[p]);
                b.addEvent(p, id, null, step);
                b.addMessage(flightFrom[m], id, null, isExternal[received]);
                inFlight--;
                flightFrom[m] = flightFrom[inFlight];
                flightTo[m] = flightTo[inFlight];
                receivesLeft--;
                received++;
            }
        }
        return b.build();
    }

    private static String eventId(String process, int n) {
        return process.toLowerCase() + "." + n;
    }

    /** k distinct processes other than {@code from}, into the first k slots of {@code out}. */
    private static void chooseDestinations(int from, int procs, int k, int[] out, SplittableRandom rnd) {
        int n = 0;
        for (int q = 0; q < procs; q++) {
            if (q != from) {
                out[n++] = q;
            }
        }
        for (int i = 0; i < k; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
    }
}
