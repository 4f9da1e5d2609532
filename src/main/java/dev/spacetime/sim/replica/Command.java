package dev.spacetime.sim.replica;

import java.util.SplittableRandom;

/**
 * A command of the replicated state machine: an update of the register x. The three kinds do not
 * commute with one another ("x := 5" then "x += 2" gives 7, the other way round 5), so replicas that
 * run the same commands in different orders end up different, for everyone to see.
 */
public record Command(Kind kind, int value) {
    /** What a command does to x. */
    public enum Kind { SET, ADD, TIMES }

    public Command {
        if (kind == null) {
            throw new IllegalArgumentException("a command needs a kind");
        }
    }

    /** The register after this command. */
    public long apply(long x) {
        return switch (kind) {
            case SET -> value;
            case ADD -> x + value;
            case TIMES -> x * value;
        };
    }

    /** A random command: x := 1–9, x += 1–5 or x *= 2–3. */
    static Command random(SplittableRandom rnd) {
        return switch (rnd.nextInt(3)) {
            case 0 -> new Command(Kind.SET, rnd.nextInt(1, 10));
            case 1 -> new Command(Kind.ADD, rnd.nextInt(1, 6));
            default -> new Command(Kind.TIMES, rnd.nextInt(2, 4));
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case SET -> "x := " + value;
            case ADD -> "x += " + value;
            case TIMES -> "x *= " + value;
        };
    }
}
