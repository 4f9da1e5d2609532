package dev.spacetime.app;

import dev.spacetime.drawing.Role;
import javafx.scene.paint.Color;

/**
 * Colours and weights for each role. The Okabe–Ito palette stays distinct for colour-blind viewers,
 * and strong colours on white stay readable on a projector.
 */
final class Theme {
    static final Color BACKGROUND = Color.WHITE;

    private Theme() {
    }

    static Color colour(Role role) {
        return switch (role) {
            case PROCESS_LINE, PROCESS_NAME -> Color.rgb(0, 0, 0);
            case EVENT -> Color.rgb(0, 114, 178);              // blue
            case EVENT_LABEL, MESSAGE_LABEL -> Color.rgb(51, 51, 51);
            case MESSAGE -> Color.rgb(213, 94, 0);              // vermilion
            case EXTERNAL_MESSAGE -> Color.rgb(204, 121, 167);  // reddish purple
        };
    }

    static double lineWidth(Role role) {
        return switch (role) {
            case PROCESS_LINE -> 2.5;
            case MESSAGE, EXTERNAL_MESSAGE -> 1.8;
            default -> 1;
        };
    }

    static double fontSize(Role role) {
        return role == Role.PROCESS_NAME ? 18 : 13;
    }
}
