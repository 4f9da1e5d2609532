package dev.spacetime.exercise;

import java.util.List;

/**
 * A marked answer: right or wrong item by item (each event's clock, each event of a cone, each place
 * of an order, or the one relation or verdict), a score, and for each wrong item the rule and values
 * that give the right answer. The summary says what the whole answer gets wrong in a line or two
 * ("missing: p1, q2; extra: r1").
 *
 * @param items   one per thing answered, in the diagram's or the order's sequence
 * @param summary lines about the answer as a whole; none when it is right
 */
public record Marking(QuestionKind kind, List<Item> items, List<String> summary) {
    /**
     * One thing answered.
     *
     * @param subject     what it is about: an event's id, "place 3", or the pair "p1, q3"
     * @param right       whether the answer gave the right value
     * @param given       what the answer gave, as text ("C = 3", "blank", "in the past")
     * @param expected    the right value, as text
     * @param explanation for a wrong item, the rule and values giving the right one; for a right one, ""
     * @param events      the events to draw with the explanation (a witness chain, say), by id
     */
    public record Item(String subject, boolean right, String given, String expected, String explanation,
            List<String> events) {
        public Item {
            events = List.copyOf(events);
        }
    }

    public Marking {
        items = List.copyOf(items);
        summary = List.copyOf(summary);
    }

    /** How many items are right. */
    public int score() {
        return (int) items.stream().filter(Item::right).count();
    }

    public int total() {
        return items.size();
    }

    public boolean allRight() {
        return score() == total();
    }

    /** The wrong items, in order. */
    public List<Item> wrong() {
        return items.stream().filter(i -> !i.right()).toList();
    }

    /** "7 of 9 right". */
    public String scoreText() {
        return score() + " of " + total() + " right";
    }
}
