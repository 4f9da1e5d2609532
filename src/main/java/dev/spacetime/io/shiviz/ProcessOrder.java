package dev.spacetime.io.shiviz;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Each process's events in the order of their own clock entries, as ShiViz's model orders them (it
 * sorts a host's events by its own count, whatever the order of the lines), and where those counts
 * fail to run 1, 2, 3, …: one fault per process, the first, since every count after a gap or a repeat
 * would be off by one too.
 */
final class ProcessOrder {
    /** Per process, its events (log indices) by their own count. */
    final int[][] byProcess;
    /** Per event, its place on its process, from 0. */
    final int[] position;
    /** The event at fault → why, for the events whose own count is not their place. */
    final Map<Integer, String> faults = new HashMap<>();

    private ProcessOrder(int[][] byProcess, int[] position) {
        this.byProcess = byProcess;
        this.position = position;
    }

    /** @param inLogOrder per process, its events in the order of the lines; sorted in place where needed */
    static ProcessOrder of(RawExecution raw, int[][] inLogOrder, String[] names) {
        int[] position = new int[raw.size()];
        ProcessOrder order = new ProcessOrder(inLogOrder, position);
        for (int p = 0; p < inLogOrder.length; p++) {
            int[] run = inLogOrder[p];
            if (!ascending(raw, run)) {
                sort(raw, run);
            }
            for (int i = 0; i < run.length; i++) {
                position[run[i]] = i;
            }
            order.findFault(raw, run, names[p]);
        }
        return order;
    }

    /** The event's count of its own process: 0 when its clock leaves it out or could not be read. */
    private static int own(RawExecution raw, int k) {
        return raw.clocks().get(k, raw.host(k));
    }

    /** Whether the run is already in order, as logs written by a process itself are: then nothing is sorted. */
    private static boolean ascending(RawExecution raw, int[] run) {
        for (int i = 1; i < run.length; i++) {
            if (own(raw, run[i]) < own(raw, run[i - 1])) {
                return false;
            }
        }
        return true;
    }

    /** Sorts by own count, events of equal count kept in log order (so a repeat is found at the later line). */
    private static void sort(RawExecution raw, int[] run) {
        long[] keys = new long[run.length];
        for (int i = 0; i < run.length; i++) {
            keys[i] = ((long) own(raw, run[i]) << 32) | run[i];
        }
        Arrays.sort(keys);
        for (int i = 0; i < run.length; i++) {
            run[i] = (int) keys[i];
        }
    }

    private void findFault(RawExecution raw, int[] run, String host) {
        for (int i = 0; i < run.length; i++) {
            int k = run[i];
            int own = own(raw, k);
            if (own == i + 1) {
                continue;
            }
            String rule = "; each process's own count must run 1, 2, 3, …";
            if (raw.unreadable(k)) {
                return; // the reader has said what is wrong with this clock
            } else if (own == 0) {
                faults.put(k, "the clock of an event on " + Quoted.of(host) + " must count " + Quoted.of(host) + " itself");
            } else if (i > 0 && own == own(raw, run[i - 1])) {
                faults.put(k, "this clock counts " + own + " events of " + Quoted.of(host) + " itself, as does the clock at "
                        + "line " + raw.clockLine(run[i - 1]) + rule);
            } else if (i == 0) {
                faults.put(k, "no event of " + Quoted.of(host) + " counts 1 of its own: the lowest count is this one's, "
                        + own + rule);
            } else {
                faults.put(k, "no event of " + Quoted.of(host) + " counts " + (i + 1) + " of its own: after "
                        + own(raw, run[i - 1]) + " comes this one's " + own + rule);
            }
            return;
        }
    }
}
