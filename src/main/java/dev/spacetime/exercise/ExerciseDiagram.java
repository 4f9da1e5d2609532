package dev.spacetime.exercise;

import dev.spacetime.model.Diagram;
import dev.spacetime.sim.MessageDraws;
import dev.spacetime.sim.Recorder;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A random diagram of a given difficulty for an exercise, with the paper's names: processes P, Q, R,
 * S, T and events p1, p2, q1 …. Made as {@link dev.spacetime.sim.RandomExecution} makes its diagrams,
 * one global step at a time (a send, a local event, or the receive of a message in flight), so every
 * message is received after it is sent; the step is the physical time. Unlike that generator it can
 * make a send a multicast even when there is room for one send per message. The same difficulty and
 * seed always give the same diagram.
 */
final class ExerciseDiagram {
    private static final String NAMES = "PQRST";
    /** Tries before settling for a diagram with an idle process; a few are plenty in practice. */
    private static final int ATTEMPTS = 40;

    private ExerciseDiagram() {
    }

    /** The diagram for {@code difficulty} and {@code seed}; the difficulty must have no {@link Difficulty#problem()}. */
    static Diagram generate(Difficulty difficulty, long seed, String title) {
        String problem = difficulty.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        SplittableRandom root = new SplittableRandom(seed);
        Diagram d = null;
        // A process without events teaches nothing and wastes room on the page: draw again, deterministically.
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            d = attempt(difficulty, root.split(), title);
            if (everyProcessActs(d)) {
                return d;
            }
        }
        return d;
    }

    private static boolean everyProcessActs(Diagram d) {
        for (int p = 0; p < d.processCount(); p++) {
            if (d.eventCount(p) == 0) {
                return false;
            }
        }
        return true;
    }

    private static Diagram attempt(Difficulty difficulty, SplittableRandom rnd, String title) {
        int procs = difficulty.processes();
        List<String> names = new ArrayList<>();
        for (int p = 0; p < procs; p++) {
            names.add(String.valueOf(NAMES.charAt(p)));
        }
        Recorder recorder = new Recorder(names);
        int messages = difficulty.messages();
        int sends = difficulty.sends();
        int[] fanout = MessageDraws.fanouts(messages, sends, procs - 1, rnd);
        boolean[] external = MessageDraws.externalFlags(messages, difficulty.externalMessages(), rnd);
        List<String> flightFrom = new ArrayList<>();
        List<Integer> flightTo = new ArrayList<>();
        int sendsLeft = sends;
        int receivesLeft = messages;
        int localsLeft = difficulty.events() - sends - messages;
        int received = 0;
        for (int step = 0; step < difficulty.events(); step++) {
            int total = sendsLeft + localsLeft + (flightFrom.isEmpty() ? 0 : receivesLeft);
            int pick = rnd.nextInt(total);
            if (pick < sendsLeft) {
                int p = rnd.nextInt(procs);
                String id = recorder.event(p, step, null);
                for (int q : destinations(p, procs, fanout[sends - sendsLeft], rnd)) {
                    flightFrom.add(id);
                    flightTo.add(q);
                }
                sendsLeft--;
            } else if (pick < sendsLeft + localsLeft) {
                recorder.event(rnd.nextInt(procs), step, null);
                localsLeft--;
            } else {
                int m = rnd.nextInt(flightFrom.size()); // any message in flight: channels need not be FIFO
                String id = recorder.event(flightTo.get(m), step, null);
                recorder.message(flightFrom.get(m), id, null, external[received++]);
                flightFrom.remove(m);
                flightTo.remove(m);
                receivesLeft--;
            }
        }
        return recorder.build(title, b -> { });
    }

    /** k distinct processes other than {@code from}. */
    private static int[] destinations(int from, int procs, int k, SplittableRandom rnd) {
        int[] others = new int[procs - 1];
        int n = 0;
        for (int q = 0; q < procs; q++) {
            if (q != from) {
                others[n++] = q;
            }
        }
        for (int i = 0; i < k; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = others[i];
            others[i] = others[j];
            others[j] = t;
        }
        return java.util.Arrays.copyOf(others, k);
    }
}
