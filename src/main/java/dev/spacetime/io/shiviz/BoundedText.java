package dev.spacetime.io.shiviz;

/**
 * A log's text as a user's regular expression reads it, with a budget: an expression can backtrack
 * for ages on a few dozen characters ({@code (a+)+$}), and Java's matcher has no time limit of its
 * own. Every character it reads counts a step; every few thousand steps the deadline, the step budget
 * and the thread's interrupt (a cancelled open) are checked, and matching is stopped with
 * {@link Exhausted} or {@link Interrupted}.
 */
final class BoundedText implements CharSequence {
    /** Steps allowed, at the least and per character of text: some 100 times what a sane expression takes. */
    static final long BASE_STEPS = 50_000_000L;
    static final long STEPS_PER_CHAR = 400;
    /** Time allowed, at the least and per MiB of text. */
    static final long BASE_NANOS = 5_000_000_000L;
    static final long NANOS_PER_MIB = 1_000_000_000L;

    private final String text;
    private final long maxSteps;
    private final long deadline;
    private long steps;
    private int last; // the last character read, to say which line the expression was at

    private BoundedText(String text, long maxSteps, long nanos) {
        this.text = text;
        this.maxSteps = maxSteps;
        this.deadline = System.nanoTime() + nanos;
    }

    /** The text with the budget its size earns. */
    static BoundedText of(String text) {
        return new BoundedText(text, BASE_STEPS + STEPS_PER_CHAR * text.length(),
                BASE_NANOS + NANOS_PER_MIB * (text.length() >> 20));
    }

    /** The text with a budget given outright, for tests. */
    static BoundedText of(String text, long maxSteps, long nanos) {
        return new BoundedText(text, maxSteps, nanos);
    }

    @Override
    public char charAt(int index) {
        if ((++steps & 0xFFF) == 0) {
            check();
        }
        last = index;
        return text.charAt(index);
    }

    private void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Interrupted();
        }
        if (steps > maxSteps || System.nanoTime() > deadline) {
            throw new Exhausted(last);
        }
    }

    /** The last character the expression read. */
    int lastRead() {
        return last;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end); // a group's text, copied out once matched: no budget needed
    }

    @Override
    public String toString() {
        return text;
    }

    /** The budget ran out; {@code at} is the last character the expression read. */
    static final class Exhausted extends RuntimeException {
        final int at;

        Exhausted(int at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    /** The thread was interrupted while matching: whoever asked for the log no longer wants it. */
    static final class Interrupted extends RuntimeException {
        Interrupted() {
            super(null, null, false, false);
        }
    }
}
