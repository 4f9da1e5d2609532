package dev.spacetime.app.editing;

import dev.spacetime.app.document.Player;
import dev.spacetime.step.Linearization;

/**
 * Stepping through by hand: a click on an event that has not happened yet is a pick. A ringed
 * (enabled) event happens next; any other is refused with the reason it must wait.
 */
final class PickStep {
    private final Player player;

    PickStep(Player player) {
        this.player = player;
    }

    /** Whether a click on the event is a pick: stepping by hand, and the event has not happened yet. */
    boolean applies(int event) {
        return player.active.get() && player.kind.get() == Linearization.Kind.BY_HAND && !player.happened(event);
    }

    /** Makes the event happen next; returns why it cannot yet, or null when it did. */
    String pick(int event) {
        return player.pick(event);
    }
}
