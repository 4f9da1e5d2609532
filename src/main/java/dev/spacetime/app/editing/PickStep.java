package dev.spacetime.app.editing;

import dev.spacetime.app.document.Player;
import dev.spacetime.step.Linearization;

/** Stepping through by hand: a click on a ringed (enabled) event makes it happen next. */
final class PickStep {
    private final Player player;

    PickStep(Player player) {
        this.player = player;
    }

    /** Makes the event happen next if the step-through is by hand and the event may; false otherwise. */
    boolean pick(int event) {
        if (player.active.get() && player.kind.get() == Linearization.Kind.BY_HAND
                && player.enabled().contains(event)) {
            player.pick(event);
            return true;
        }
        return false;
    }
}
