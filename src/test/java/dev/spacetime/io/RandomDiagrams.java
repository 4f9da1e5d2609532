package dev.spacetime.io;

import dev.spacetime.model.Diagram;
import dev.spacetime.model.DiagramBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random diagrams that obey the paper's rules, for round-trip properties. Events are created in one
 * random global order; every message goes forward in it and every time grows with it, so there are
 * no causal cycles, times increase along each process and no message is received before it is sent.
 * An event may receive two messages, and a receive may send.
 */
final class RandomDiagrams {
    private RandomDiagrams() {
    }

    /** Names, ids and labels with quotes, backslashes, control characters and non-ASCII text. */
    static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(6),
                Arbitraries.strings().withChars("\"\\/\n\t\u0000\u001f\u2028é中😀 ab").ofMaxLength(6),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(4));
    }

    static Arbitrary<Diagram> diagrams() {
        Arbitrary<List<String>> words = texts().list().ofMaxSize(40);
        Arbitrary<List<Integer>> choices = Arbitraries.integers().between(0, 999_999).list().ofMinSize(30).ofMaxSize(300);
        Arbitrary<Map<String, Object>> views = view().injectNull(0.4);
        return Combinators.combine(words, choices, views).as(RandomDiagrams::build);
    }

    /** A view of plain JSON values, Longs and Doubles both, nested up to three levels. */
    static Arbitrary<Map<String, Object>> view() {
        Arbitrary<Object> plain = Arbitraries.oneOf(
                texts().map(s -> s), Arbitraries.longs().map(l -> l),
                Arbitraries.doubles().map(d -> d), Arbitraries.of(true, false).map(b -> b),
                Arbitraries.just(null));
        Arbitrary<Object> lists = plain.list().ofMaxSize(4).map(l -> l);
        Arbitrary<Object> maps = Arbitraries.maps(texts(), Arbitraries.oneOf(plain, lists)).ofMaxSize(3)
                .map(m -> new LinkedHashMap<String, Object>(m));
        // Names Spacetime reads as its own annotations are not unknown settings.
        Arbitrary<String> names = texts().filter(k -> !ViewKeys.KNOWN.contains(k));
        return Arbitraries.maps(names, Arbitraries.oneOf(plain, lists, maps)).ofMaxSize(4)
                .map(LinkedHashMap::new);
    }

    private static Diagram build(List<String> words, List<Integer> choices, Map<String, Object> view) {
        Choices next = new Choices(words, choices);
        DiagramBuilder b = new DiagramBuilder(64);
        b.title(next.below(3) == 0 ? "" : next.word());
        if (view != null) {
            view.forEach(b::otherAnnotation);
        }
        int processes = next.below(10) == 0 ? 0 : 1 + next.below(5);
        Set<String> names = new HashSet<>();
        for (int p = 0; p < processes; p++) {
            b.addProcess(unique(next.word(), names));
        }
        if (processes == 0) {
            return b.build();
        }
        List<Integer> processOf = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        double time = next.below(100) - 50;
        int events = next.below(25);
        for (int k = 0; k < events; k++) {
            int p = next.below(processes);
            String id = unique(next.word(), taken);
            time += 0.25 + next.below(40) / 4.0;
            b.addEvent(p, id, next.below(2) == 0 ? null : next.word(), next.below(3) == 0 ? Double.NaN : time);
            // Up to two messages into the event, from earlier events on other processes, receives included.
            int senders = k == 0 || next.below(3) == 0 ? 0 : next.below(4) == 0 ? 2 : 1;
            for (int m = 0; m < senders; m++) {
                int from = next.below(k);
                while (from >= 0 && processOf.get(from) == p) {
                    from--; // the nearest earlier event on another process
                }
                if (from >= 0) { // the same sender twice is refused by the builder, and then simply left out
                    b.addMessage(ids.get(from), id, next.below(2) == 0 ? null : next.word(), next.below(4) == 0);
                }
            }
            processOf.add(p);
            ids.add(id);
        }
        return b.build();
    }

    /** {@code word}, made non-blank and unused by appending to it. */
    private static String unique(String word, Set<String> taken) {
        String s = dev.spacetime.model.Rules.isBlank(word) ? "x" + word : word; // blank as the reader counts it
        while (!taken.add(s)) {
            s += "'";
        }
        return s;
    }

    /** Draws from the generated words and numbers, cycling through them, so that jqwik can shrink both. */
    private static final class Choices {
        private final List<String> words;
        private final List<Integer> numbers;
        private int word;
        private int number;

        Choices(List<String> words, List<Integer> numbers) {
            this.words = words;
            this.numbers = numbers;
        }

        int below(int bound) {
            return numbers.isEmpty() ? 0 : numbers.get(number++ % numbers.size()) % bound;
        }

        String word() {
            return words.isEmpty() ? "w" : words.get(word++ % words.size());
        }
    }
}
