package dev.spacetime.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.MessageRef;
import dev.spacetime.testing.FxThread;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The selection as view state: at most two events, or one process, or one message, and what it tells listeners. */
class SelectionTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start();
    }

    @Test
    void aThirdEventPushesOutTheOldestAndAToggleTakesOneBack() throws Exception {
        FxThread.run(() -> {
            Selection s = new Selection();
            s.selectEvent("a");
            s.toggleEvent("b");
            assertEquals(List.of("a", "b"), s.events());
            s.toggleEvent("c");
            assertEquals(List.of("b", "c"), s.events());
            s.toggleEvent("b");
            assertEquals(List.of("c"), s.events());
        });
    }

    @Test
    void aProcessOrAMessageReplacesTheEventsAndEachOther() throws Exception {
        FxThread.run(() -> {
            Selection s = new Selection();
            s.selectEvent("a");
            s.selectProcess("P");
            assertTrue(s.events().isEmpty());
            assertEquals("P", s.processProperty().get());
            s.selectMessage(new MessageRef("p1", "q2"));
            assertNull(s.processProperty().get());
            assertEquals(new MessageRef("p1", "q2"), s.messageProperty().get());
            s.selectEvent("a");
            assertNull(s.messageProperty().get());
            s.clear();
            assertTrue(s.isEmpty());
        });
    }

    @Test
    void whatNoLongerExistsIsDroppedAndListenersHearOfItOnce() throws Exception {
        FxThread.run(() -> {
            Selection s = new Selection();
            s.selectEvent("a");
            s.toggleEvent("b");
            List<List<String>> heard = new ArrayList<>();
            s.events().addListener((ListChangeListener<String>) c -> heard.add(List.copyOf(s.events())));
            s.retain(Set.of("b")::contains, name -> true, id -> true);
            assertEquals(List.of(List.of("b")), heard);
            s.retain(Set.of("b")::contains, name -> true, id -> true);
            assertEquals(1, heard.size(), "nothing changed, so nothing is told");
            s.selectProcess("P");
            s.retain(id -> true, Set.of("Q")::contains, id -> true);
            assertNull(s.processProperty().get());
        });
    }

    @Test
    void theEventsCannotBeChangedFromOutside() throws Exception {
        FxThread.run(() -> {
            Selection s = new Selection();
            assertThrows(UnsupportedOperationException.class, () -> s.events().add("x"));
        });
    }
}
