package dev.spacetime.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.model.Diagram;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For random seeds and difficulties: the same inputs give the same exercise; the diagram has the
 * difficulty asked for; every question has exactly one right answer, which the checker marks fully
 * right; and every single-point change of it is marked wrong, with an explanation naming the rule.
 */
class ExerciseProperties {
    @Provide
    Arbitrary<Difficulty> difficulties() {
        Arbitrary<Integer> processes = Arbitraries.integers().between(2, 5);
        Arbitrary<Integer> events = Arbitraries.integers().between(6, 30);
        Arbitrary<Integer> share = Arbitraries.integers().between(0, 100);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(processes, events, share, flag, flag).as((p, e, s, multi, ext) -> {
            boolean multicasts = multi && p >= 3;
            int most = e / 2;
            int messages = Math.max(multicasts || ext ? 2 : 0, most * s / 100);
            return new Difficulty(p, e, messages, multicasts, ext);
        }).filter(d -> d.problem() == null);
    }

    private static Exercise make(QuestionKind kind, long seed, Difficulty d) {
        return ExerciseGenerator.generate(kind, seed, d);
    }

    @Property(tries = 200)
    void theSameSeedGivesTheSameExercise(@ForAll("difficulties") Difficulty d, @ForAll long seed,
            @ForAll QuestionKind kind) {
        Exercise one = make(kind, seed, d);
        Exercise two = make(kind, seed, d);
        assertTrue(one.diagram().sameContent(two.diagram()));
        assertEquals(one.question(), two.question());
        assertEquals(one.title(), two.title());
        // Every kind asks about the same diagram for one seed, so a class can compare.
        assertTrue(one.diagram().sameContent(make(QuestionKind.LAMPORT, seed, d).diagram()));
    }

    @Property(tries = 200)
    void theDiagramHasTheDifficultyAskedFor(@ForAll("difficulties") Difficulty d, @ForAll long seed) {
        Diagram g = make(QuestionKind.LAMPORT, seed, d).diagram();
        assertEquals(d.processes(), g.processCount());
        assertEquals(d.events(), g.eventCount());
        assertEquals(d.messages(), g.messageCount());
        int external = 0;
        boolean multicast = false;
        for (int k = 0; k < g.messageCount(); k++) {
            external += g.isExternal(g.message(k)) ? 1 : 0;
            multicast |= g.sendCount(g.messageFrom(g.message(k))) > 1;
        }
        assertEquals(d.externalMessages(), external);
        assertEquals(d.multicasts(), multicast);
        assertTrue(dev.spacetime.model.Rules.check(g).isEmpty());
    }

    @Property(tries = 300)
    void theRightAnswerIsMarkedRightAndEverySingleChangeOfItWrong(@ForAll("difficulties") Difficulty d,
            @ForAll long seed, @ForAll QuestionKind kind) {
        Exercise ex = make(kind, seed, d);
        Answer right = ex.answer();
        Marking marking = Checker.check(ex, right);
        assertTrue(marking.allRight(), () -> marking.wrong().toString());
        assertTrue(marking.summary().isEmpty());
        mutations(ex, right, wrong -> {
            Marking m = Checker.check(ex, wrong);
            assertFalse(m.allRight(), () -> "marked right: " + wrong);
            for (Marking.Item item : m.wrong()) {
                assertTrue(item.explanation().matches(".*(IR1|IR2|vector rule|chain|⇒|could).*"),
                        () -> "no rule named: " + item);
                assertTrue(item.explanation().contains(item.expected().replaceAll("^(C|V) = ", ""))
                        || kind == QuestionKind.CONE || kind == QuestionKind.LINEARIZATION,
                        () -> "the right value is not in: " + item);
            }
        });
    }

    @Property(tries = 200)
    void everyQuestionHasExactlyOneRightAnswerAmongItsChoices(@ForAll("difficulties") Difficulty d,
            @ForAll long seed) {
        Exercise relation = make(QuestionKind.RELATION, seed, d);
        int right = 0;
        for (Relation r : Relation.values()) {
            right += Checker.check(relation, new Answer.Related(r)).allRight() ? 1 : 0;
        }
        assertEquals(1, right);
        Exercise possible = make(QuestionKind.LINEARIZATION, seed, d);
        assertTrue(Checker.check(possible, new Answer.Possible(true)).allRight()
                != Checker.check(possible, new Answer.Possible(false)).allRight());
        // ⇒ is a total order: the right order is the only one whose every adjacent pair is in ⇒.
        Exercise order = make(QuestionKind.ORDER, seed, d);
        List<String> events = ((Answer.Order) order.answer()).events();
        Analysis a = order.analysis();
        for (int r = 1; r < events.size(); r++) {
            assertTrue(a.totallyBefore(a.indexOf(events.get(r - 1)), a.indexOf(events.get(r))));
        }
    }

    /** Every answer one change away from the right one. */
    private static void mutations(Exercise ex, Answer right, Consumer<Answer> check) {
        if (right instanceof Answer.Lamport l) {
            for (String id : l.clocks().keySet()) {
                for (int delta : new int[] {-1, 1}) {
                    Map<String, Integer> m = new LinkedHashMap<>(l.clocks());
                    m.put(id, m.get(id) + delta);
                    check.accept(new Answer.Lamport(m));
                }
                Map<String, Integer> blank = new LinkedHashMap<>(l.clocks());
                blank.remove(id);
                check.accept(new Answer.Lamport(blank));
            }
        } else if (right instanceof Answer.Vector v) {
            for (String id : v.clocks().keySet()) {
                for (int q = 0; q < v.clocks().get(id).size(); q++) {
                    Map<String, List<Integer>> m = new LinkedHashMap<>(v.clocks());
                    List<Integer> changed = new ArrayList<>(m.get(id));
                    changed.set(q, changed.get(q) + 1);
                    m.put(id, changed);
                    check.accept(new Answer.Vector(m));
                }
            }
        } else if (right instanceof Answer.Related r) {
            for (Relation other : Relation.values()) {
                if (other != r.relation()) {
                    check.accept(new Answer.Related(other));
                }
            }
        } else if (right instanceof Answer.Cone c) {
            for (String id : ids(ex)) {
                Set<String> m = new LinkedHashSet<>(c.events());
                if (!m.remove(id)) {
                    m.add(id);
                }
                check.accept(new Answer.Cone(m));
            }
        } else if (right instanceof Answer.Order o) {
            for (int r = 1; r < o.events().size(); r++) {
                List<String> m = new ArrayList<>(o.events());
                m.set(r, o.events().get(r - 1));
                m.set(r - 1, o.events().get(r));
                check.accept(new Answer.Order(m));
            }
        } else {
            check.accept(new Answer.Possible(!((Answer.Possible) right).possible()));
        }
    }

    private static List<String> ids(Exercise ex) {
        List<String> ids = new ArrayList<>();
        Analysis a = ex.analysis();
        for (int e = 0; e < a.eventCount(); e++) {
            ids.add(a.id(e));
        }
        return ids;
    }
}
