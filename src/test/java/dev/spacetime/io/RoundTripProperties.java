package dev.spacetime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.Diagram;
import dev.spacetime.model.Rules;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Any valid diagram survives saving and loading unchanged, and saving it again gives the same bytes. */
class RoundTripProperties {
    @Provide
    Arbitrary<Diagram> diagrams() {
        return RandomDiagrams.diagrams();
    }

    @Property(tries = 500)
    void generatedDiagramsAreValid(@ForAll("diagrams") Diagram d) {
        assertEquals(java.util.List.of(), Rules.check(d));
        Statistics.label("events").collect(d.eventCount() == 0 ? "none" : d.eventCount() < 8 ? "1-7" : "8+");
        Statistics.label("messages").collect(d.messageCount() == 0 ? "none" : d.messageCount() < 4 ? "1-3" : "4+");
    }

    @Property(tries = 500)
    void saveLoadSaveIsByteIdentical(@ForAll("diagrams") Diagram d) {
        String saved = DiagramWriter.toString(d);
        Diagram loaded = Loading.load(saved);
        assertTrue(loaded.sameContent(d), () -> "not the same diagram after loading:\n" + saved);
        assertEquals(saved, DiagramWriter.toString(loaded));
    }
}
