package dev.spacetime.exercise;

/**
 * How hard a generated exercise is: how many processes and events, how many messages, whether some
 * send is a multicast (one message to two or more processes at once) and whether some messages are
 * external (section 5: they travel outside the system, and the clocks do not see them).
 */
public record Difficulty(int processes, int events, int messages, boolean multicasts, boolean external) {
    public static final int LEAST_PROCESSES = 2;
    public static final int MOST_PROCESSES = 5;
    public static final int LEAST_EVENTS = 6;
    public static final int MOST_EVENTS = 30;

    /** A difficulty with a third of the events receiving messages, no multicasts, no external messages. */
    public static Difficulty of(int processes, int events) {
        return new Difficulty(processes, events, Math.max(1, events / 3), false, false);
    }

    /** Why no diagram has this difficulty, in a sentence, or null when one does. */
    public String problem() {
        if (processes < LEAST_PROCESSES || processes > MOST_PROCESSES) {
            return "an exercise has " + LEAST_PROCESSES + " to " + MOST_PROCESSES + " processes, not " + processes;
        }
        if (events < LEAST_EVENTS || events > MOST_EVENTS) {
            return "an exercise has " + LEAST_EVENTS + " to " + MOST_EVENTS + " events, not " + events;
        }
        if (messages < 0) {
            return "the number of messages cannot be negative";
        }
        if (multicasts && processes < 3) {
            return "a multicast sends one message to two or more other processes, so it needs at least 3 processes";
        }
        if (multicasts && messages < 2) {
            return "a multicast is one send carrying two or more messages, so it needs at least 2 messages";
        }
        if (external && messages < 1) {
            return "external messages need at least one message";
        }
        if (messages + sends() > events) {
            return events + " events cannot hold " + messages + " messages: each message needs its own receive "
                    + "event, and there are " + sends() + " send events";
        }
        if ((long) sends() * (processes - 1) < messages) {
            return "with " + processes + " processes a send reaches at most " + (processes - 1) + " others, so "
                    + sends() + " sends cannot carry " + messages + " messages";
        }
        return null;
    }

    /** How many send events there are: one a message, less the extra copies multicasts carry. */
    int sends() {
        return messages - multicastCopies();
    }

    /** How many messages ride on a send that already carries another: a quarter of them, at least one. */
    int multicastCopies() {
        return multicasts ? Math.max(1, messages / 4) : 0;
    }

    /** How many of the messages are external: a quarter of them, at least one, when asked for. */
    int externalMessages() {
        return external ? Math.max(1, messages / 4) : 0;
    }

    /** "3 processes, 12 events, 4 messages", with ", multicasts" and ", external messages" when asked for. */
    public String describe() {
        return processes + " processes, " + events + " events, " + messages + " message" + (messages == 1 ? "" : "s")
                + (multicasts ? ", multicasts" : "") + (external ? ", external messages" : "");
    }
}
