package dev.spacetime.app.files;

import dev.spacetime.app.document.Document;
import java.io.IOException;
import java.util.List;

/**
 * What a start does with work a crashed or killed app left behind: offers the newest (the user chooses
 * through a {@link Chooser}, a dialog in the app and a stand-in in tests) and opens it, if restored,
 * as an unsaved document with nothing to undo. Older ones stay for a later start.
 */
public final class RecoveryCheck {
    /** What to do with work left behind. */
    public enum Choice {
        /** Open it in the window, in place of the diagram opened at start. */
        RESTORE,
        /** Open it in the window and also open the file it belongs to in a second window, to compare. */
        SHOW_BOTH,
        /** Delete it. */
        DISCARD,
        /** Keep it for the next start. */
        LATER
    }

    /** Asks what to do with work left behind. */
    public interface Chooser {
        Choice choose(RecoveryStore.Recovered work);
    }

    /** The outcome: the choice, and the document to open (null unless restored). */
    public record Outcome(Choice choice, RecoveryStore.Recovered work, Document document) {
    }

    private RecoveryCheck() {
    }

    /** Offers the newest work left behind in {@code store}; null when there is none. */
    public static Outcome offer(RecoveryStore store, Chooser chooser) {
        List<RecoveryStore.Recovered> left = store.leftBehind();
        if (left.isEmpty()) {
            return null;
        }
        RecoveryStore.Recovered work = left.get(0);
        Choice choice = chooser.choose(work);
        Document doc = null;
        if (choice == Choice.RESTORE || choice == Choice.SHOW_BOTH) {
            doc = Document.recovered(work.diagram(), work.source());
        }
        if (choice != Choice.LATER) {
            try {
                // Restored work is this app's now: its own autosave keeps it from here on.
                RecoveryStore.discard(work);
            } catch (IOException e) {
                // offered again next time; nothing is lost
            }
        }
        return new Outcome(choice, work, doc);
    }
}
