package dev.spacetime.sim.physical;

import java.util.ArrayList;
import java.util.List;

/**
 * A strongly connected network of exactly the asked diameter d: processes 0…d on a line, each link
 * both ways, and any others hung on the line's inner processes (with d = 1, every pair linked).
 */
final class Network {
    private Network() {
    }

    /** The arcs {from, to}, both directions of every link. */
    static List<int[]> arcs(int processes, int diameter) {
        List<int[]> arcs = new ArrayList<>();
        if (diameter == 1) {
            for (int i = 0; i < processes; i++) {
                for (int j = 0; j < processes; j++) {
                    if (i != j) {
                        arcs.add(new int[] {i, j});
                    }
                }
            }
            return arcs;
        }
        for (int i = 0; i < diameter; i++) {
            link(arcs, i, i + 1);
        }
        for (int k = diameter + 1; k < processes; k++) {
            link(arcs, k, 1 + (k - diameter - 1) % (diameter - 1)); // an inner process keeps the diameter d
        }
        return arcs;
    }

    private static void link(List<int[]> arcs, int a, int b) {
        arcs.add(new int[] {a, b});
        arcs.add(new int[] {b, a});
    }
}
