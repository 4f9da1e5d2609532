package dev.spacetime.drawing;

import java.util.Map;
import java.util.Set;

/**
 * What an open exercise draws over its diagram in place of the answers: each event's label as the
 * student has answered it ("p1  C=?", "p1  C=5"), the events the question marks, the events clicked
 * (a cone) or put in order (numbered), and after Check each answered event ringed right or wrong.
 * Events are the analysis's indices.
 *
 * @param labels    the label of each event, by index; an event absent shows its id alone
 * @param marked    the events the question is about (the pair a, b; the cone's event), ringed
 * @param chosen    the events clicked as the answer (a cone), ringed
 * @param numbers   the place of each event in the order given, from 1, drawn beside it
 * @param right     events marked right after Check
 * @param wrong     events marked wrong after Check
 * @param focus     the event whose explanation is being read, or -1
 * @param reveal    whether the selection may show its causal cone and chains (after the answer is shown,
 *                  or to draw the witness chain of a wrong relation)
 */
public record PracticeMarks(Map<Integer, String> labels, Set<Integer> marked, Set<Integer> chosen,
        Map<Integer, Integer> numbers, Set<Integer> right, Set<Integer> wrong, int focus, boolean reveal) {
    public PracticeMarks {
        labels = Map.copyOf(labels);
        marked = Set.copyOf(marked);
        chosen = Set.copyOf(chosen);
        numbers = Map.copyOf(numbers);
        right = Set.copyOf(right);
        wrong = Set.copyOf(wrong);
    }
}
