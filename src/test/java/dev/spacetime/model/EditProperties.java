package dev.spacetime.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.testing.RandomDiagrams;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Random sequences of edits: they never break a rule, and undo and redo replay them exactly. */
public class EditProperties {
    @Provide
    Arbitrary<Diagram> diagrams() {
        return RandomDiagrams.general();
    }

    @Provide
    Arbitrary<List<Long>> scripts() {
        return Arbitraries.longs().list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 300)
    void undoingEveryEditGivesBackTheIdenticalDiagramAndRedoReplaysIt(
            @ForAll("diagrams") Diagram d, @ForAll("scripts") List<Long> script) {
        Diagram original = d.copy();
        List<Edit> undos = new ArrayList<>();
        for (long seed : script) {
            Edit edit = randomEdit(d, new Random(seed));
            try {
                undos.add(edit.applyTo(d));
            } catch (EditRefusedException refused) {
                continue; // refused edits change nothing; checked below by the final comparison
            }
            assertTrue(Rules.check(d).isEmpty(), () -> edit + " broke a rule: " + Rules.check(d));
        }
        Statistics.label("edits applied").collect(undos.size() == 0 ? "none" : undos.size() < 10 ? "1-9" : "10+");
        Diagram edited = d.copy();
        List<Edit> redos = new ArrayList<>();
        for (int i = undos.size() - 1; i >= 0; i--) {
            redos.add(undos.get(i).applyTo(d));
        }
        assertTrue(d.sameContent(original), "undo all gives back the original");
        for (int i = redos.size() - 1; i >= 0; i--) {
            redos.get(i).applyTo(d);
        }
        assertTrue(d.sameContent(edited), "redo all gives back the edited diagram");
    }

    /** An edit with arguments drawn from the diagram as it is now, sometimes ones that must be refused. */
    public static Edit randomEdit(Diagram d, Random rnd) {
        String event = anyEvent(d, rnd);
        String other = anyEvent(d, rnd);
        String process = d.processCount() == 0 ? "none" : d.processName(rnd.nextInt(d.processCount()));
        int place = rnd.nextInt(Math.max(1, d.processCount() + 1));
        switch (rnd.nextInt(14)) {
            case 0: return new AddProcess(place, "N" + rnd.nextInt(20));
            case 1: return new RemoveProcess(process);
            case 2: return new RenameProcess(process, "R" + rnd.nextInt(20));
            case 3: return new MoveProcess(process, rnd.nextInt(Math.max(1, d.processCount())));
            case 4: {
                int p = d.processIndex(process);
                int pos = p < 0 ? 0 : rnd.nextInt(d.eventCount(p) + 1);
                double time = rnd.nextBoolean() ? Double.NaN : rnd.nextInt(60) - 5;
                return new AddEvent(process, pos, "x" + rnd.nextInt(50), rnd.nextBoolean() ? null : "l", time);
            }
            case 5: return new RemoveEvent(event);
            case 6: {
                int e = d.findEvent(event);
                int n = e < 0 ? 1 : d.eventCount(d.processOf(e));
                return new MoveEvent(event, rnd.nextInt(n));
            }
            case 7: return new AddMessage(event, other, rnd.nextBoolean() ? "m" : null, rnd.nextInt(4) == 0, -1);
            case 8: return new RemoveMessage(senderOrOther(d, event, other, rnd), event);
            case 9: return new RenameEvent(event, "y" + rnd.nextInt(50));
            case 10: return new SetEventLabel(event, rnd.nextBoolean() ? null : "label " + rnd.nextInt(9));
            case 11: return new SetEventTime(event, rnd.nextBoolean() ? Double.NaN : rnd.nextInt(80) - 10);
            case 12: return new SetMessageExternal(senderOrOther(d, event, other, rnd), event, rnd.nextBoolean());
            default: return new CompoundEdit("Pair", List.of(randomEdit(d, rnd), randomEdit(d, rnd)));
        }
    }

    /** Mostly a sender of a message {@code to} receives, so the edit names a message; else {@code other}. */
    private static String senderOrOther(Diagram d, String to, String other, Random rnd) {
        int r = d.findEvent(to);
        int[] senders = r < 0 ? new int[0] : d.sendersOf(r);
        return senders.length == 0 || rnd.nextInt(8) == 0 ? other : d.eventId(senders[rnd.nextInt(senders.length)]);
    }

    private static String anyEvent(Diagram d, Random rnd) {
        if (d.eventCount() == 0 || rnd.nextInt(20) == 0) {
            return "missing";
        }
        int p;
        do {
            p = rnd.nextInt(d.processCount());
        } while (d.eventCount(p) == 0);
        return d.eventId(d.eventAt(p, rnd.nextInt(d.eventCount(p))));
    }
}
