package dev.spacetime.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.drawing.Shape;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.model.AddMessage;
import dev.spacetime.model.RemoveEvent;
import dev.spacetime.testing.Diagrams;
import dev.spacetime.testing.FxThread;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editor as view state, without a window: what it publishes for the screen after each change. */
class EditorTest {
    private Editor editor;
    private final List<Picture> published = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start();
    }

    @BeforeEach
    void open() throws Exception {
        FxThread.run(() -> {
            editor = new Editor(new ViewState());
            editor.pictureProperty().addListener((Observable o) -> published.add(editor.pictureProperty().get()));
            editor.open(new Document(Diagrams.figure1(), null));
        });
    }

    private Picture last() {
        return published.get(published.size() - 1);
    }

    private static long dots(Picture p) {
        return p.drawing().shapes().stream().filter(s -> s instanceof Shape.Dot).count();
    }

    @Test
    void openingPublishesTheWholeDiagramToBeFitted() throws Exception {
        FxThread.run(() -> {
            assertTrue(last().opened(), "a new document is fitted to the window");
            assertEquals(15, dots(last()));
            assertNull(last().emphasis());
            assertNull(last().transition());
        });
    }

    @Test
    void aClickChangesOnlyTheEmphasisNotTheDrawing() throws Exception {
        FxThread.run(() -> {
            Picture before = last();
            editor.selection().selectEvent("q3");
            Picture after = last();
            assertNotSame(before, after);
            assertSame(before.drawing(), after.drawing(), "a click must not build a new drawing");
            assertNotNull(after.emphasis());
            int dot = editor.layout().dotOf(editor.analysis().indexOf("q3"));
            assertEquals(List.of(dot), java.util.Arrays.stream(after.emphasis().selectedDots()).boxed().toList());
            assertFalse(after.opened());
        });
    }

    @Test
    void anEditIsOneUndoableStepAndARefusalChangesNothing() throws Exception {
        FxThread.run(() -> {
            assertNull(editor.run(new AddMessage("p3", "q6")));
            assertEquals(7, editor.document().diagram().messageCount());
            String refused = editor.run(new AddMessage("q5", "p1")); // p1 → q2 → … → q5: it would close a cycle
            assertNotNull(refused);
            assertEquals(7, editor.document().diagram().messageCount());
            assertNull(editor.undo());
            assertEquals(6, editor.document().diagram().messageCount());
            assertNull(editor.redo());
            assertEquals(7, editor.document().diagram().messageCount());
        });
    }

    @Test
    void aDeletedEventLeavesTheSelectionAndThePicture() throws Exception {
        FxThread.run(() -> {
            editor.selection().selectEvent("q3");
            assertNull(editor.run(new RemoveEvent("q3")));
            assertTrue(editor.selection().events().isEmpty(), "q3 no longer exists");
            assertEquals(14, dots(last()));
            assertNull(last().emphasis());
        });
    }

    @Test
    void switchingToLogicalTimeAsksForTheMoveFromTheOldPicture() throws Exception {
        FxThread.run(() -> {
            Picture physical = last();
            // p3 (time 40) and q3 (time 20) both have clock 3: apart in physical time, level in logical time.
            assertTrue(y("p3") != y("q3"));
            editor.view().timeMode.set(TimeMode.LOGICAL);
            assertEquals(TimeMode.LOGICAL, editor.layout().timeMode());
            assertEquals(y("p3"), y("q3"));
            Picture logical = last();
            assertSame(physical.drawing(), logical.transition().from(), "the screen moves from the picture it showed");
            assertEquals(physical.drawing().shapes().size(), logical.transition().to().shapes().size());
            assertSame(logical.drawing(), logical.transition().to(), "with nothing selected it settles on where it moved to");
        });
    }

    @Test
    void withASelectionTheMoveSettlesOnTheDrawingAndItsEmphasis() throws Exception {
        FxThread.run(() -> {
            editor.selection().selectEvent("q3");
            editor.view().timeMode.set(TimeMode.LOGICAL);
            Picture logical = last();
            assertNotNull(logical.emphasis(), "the screen keeps painting the selection over the indexed drawing");
            assertNotSame(logical.drawing(), logical.transition().to());
            assertEquals(logical.drawing().shapes().size() + 1, logical.transition().to().shapes().size(),
                    "the move's drawings have the selection's ring laid in");
        });
    }

    private double y(String id) {
        return editor.layout().eventY(editor.analysis().indexOf(id));
    }

    @Test
    void steppingPublishesAStepDrawingAndEachStepANewOne() throws Exception {
        FxThread.run(() -> {
            editor.player().active.set(true);
            Picture start = last();
            assertNull(start.emphasis(), "a step drawing has everything laid in");
            editor.player().forward();
            assertNotSame(start, last());
            assertNotSame(start.drawing(), last().drawing());
            assertEquals(1, editor.player().cursor());
        });
    }

    @Test
    void aFileThatReadsBestAlongThePageOpensWithTimeGoingRight() throws Exception {
        FxThread.run(() -> {
            editor.open(new Document(DiagramReader.read(Path.of("examples", "mutual-exclusion.json")), null));
            assertEquals(Orientation.TIME_RIGHT, editor.view().orientation.get());
            assertEquals(Orientation.TIME_RIGHT, editor.layout().orientation());
            assertTrue(last().opened());
        });
    }
}
