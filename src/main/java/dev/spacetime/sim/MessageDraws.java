package dev.spacetime.sim;

import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The random draws that shape a generated execution's messages, shared by the random executions and
 * the exercises: how many messages each send carries, and which messages travel outside the system.
 * Both are deterministic in the random source, so a seed gives the same diagram every time.
 */
public final class MessageDraws {
    private MessageDraws() {
    }

    /** How many messages each send event carries: all 1 when there is room, otherwise spread out, at most {@code most}. */
    public static int[] fanouts(int messages, int sends, int most, SplittableRandom rnd) {
        int[] fanout = new int[sends];
        Arrays.fill(fanout, 1);
        int extra = messages - sends;
        while (extra > 0) {
            int s = rnd.nextInt(sends);
            if (fanout[s] < most) {
                fanout[s]++;
                extra--;
            }
        }
        return fanout;
    }

    /** Which of the messages are external: {@code external} of them, shuffled among the rest. */
    public static boolean[] externalFlags(int messages, int external, SplittableRandom rnd) {
        boolean[] flags = new boolean[messages];
        for (int i = 0; i < external; i++) {
            flags[i] = true;
        }
        Random shuffle = new Random(rnd.nextLong());
        for (int i = messages - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            boolean t = flags[i];
            flags[i] = flags[j];
            flags[j] = t;
        }
        return flags;
    }
}
