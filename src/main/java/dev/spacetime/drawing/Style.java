package dev.spacetime.drawing;

/**
 * The look of each role, shared by every painter so the screen and each export agree. Colours are
 * the Okabe–Ito palette, which stays distinct for colour-blind viewers; strong colours on white stay
 * readable on a projector.
 */
public final class Style {
    public static final int BACKGROUND = 0xFFFFFF;

    private static final int BLACK = 0x000000;
    private static final int DARK_GREY = 0x333333;
    private static final int GREY = 0x555555;
    private static final int LIGHT_GREY = 0xC8C8C8;
    private static final int PALE_GREY = 0xE2E2E2; // a band under faded dots, lighter than they are so they show on it
    private static final int ORANGE = 0xE69F00;
    private static final int SKY_BLUE = 0x56B4E9;
    private static final int BLUISH_GREEN = 0x009E73;
    private static final int BLUE = 0x0072B2;
    private static final int VERMILION = 0xD55E00;
    private static final int REDDISH_PURPLE = 0xCC79A7;
    private static final int YELLOW = 0xF0E442;

    private Style() {
    }

    /** The colour as 0xRRGGBB. */
    public static int rgb(Role role) {
        return switch (role) {
            case PROCESS_LINE, PROCESS_NAME, EVENT, SELECTED -> BLACK;
            case EVENT_LABEL, MESSAGE_LABEL -> DARK_GREY;
            case MESSAGE -> GREY;
            // An anomaly is made by an external message: it takes the message's colour, in a dash-dot of its own.
            case EXTERNAL_MESSAGE, ANOMALY -> REDDISH_PURPLE;
            case TICK_LINE, TICK_LABEL -> SKY_BLUE;
            // Blue, as a selected row in the panels: with a process or message selected no event is coloured past.
            case PAST, SELECTED_PROCESS, SELECTED_NAME, SELECTED_MESSAGE -> BLUE;
            case FUTURE -> VERMILION;
            case CONCURRENT, CONCURRENT_PAIR -> BLUISH_GREEN;
            case WITNESS -> ORANGE;
            case FALSE_ORDERING, BROKEN, C1_FAILS, C2_FAILS -> VERMILION;
            case FADED -> LIGHT_GREY;
            case IN_FLIGHT, CURRENT -> ORANGE;
            case REGISTER -> BLACK;
            case ENABLED -> BLUISH_GREEN;
            case BAR -> YELLOW;
            case FADED_BAR -> PALE_GREY;
            case IMPLIED -> SKY_BLUE;
            case RUN -> LIGHT_GREY;
        };
    }

    /** "#rrggbb", for SVG and for JavaFX's Color.web. */
    public static String hex(Role role) {
        return String.format("#%06x", rgb(role));
    }

    /** Stroke width in pixels at 1× (lines keep their width whatever the zoom). */
    public static double lineWidth(Role role) {
        return switch (role) {
            case PROCESS_LINE -> 2.5;
            case SELECTED_PROCESS -> 5;
            case SELECTED_MESSAGE -> 3.5;
            case MESSAGE, EXTERNAL_MESSAGE, IMPLIED -> 1.8;
            case WITNESS -> 5;
            case SELECTED, CURRENT, ENABLED -> 2.5;
            case BROKEN -> 3;
            case C1_FAILS, C2_FAILS -> 4;
            case IN_FLIGHT -> 2.5;
            case TICK_LINE -> 1.2;
            case ANOMALY -> 1.6;
            case BAR, FADED_BAR -> 11;
            case RUN -> 7;
            default -> 1.2;
        };
    }

    /** The dash pattern (on, off, … in pixels) a dashed shape of this role uses. */
    public static double[] dashes(Role role) {
        return switch (role) {
            case TICK_LINE -> new double[] {6, 5};
            case CONCURRENT_PAIR, FALSE_ORDERING -> new double[] {2, 4};
            case IMPLIED -> new double[] {10, 4};
            case ANOMALY -> new double[] {9, 3, 2, 3};
            default -> new double[] {7, 5};
        };
    }

    /** The dash pattern of {@link #dashes(Role)} for strokes {@code k} times their plain width. */
    public static double[] dashes(Role role, double k) {
        double[] dashes = dashes(role);
        for (int i = 0; i < dashes.length; i++) {
            dashes[i] *= k;
        }
        return dashes;
    }

    /** Text size in points. */
    public static double fontSize(Role role) {
        return switch (role) {
            case PROCESS_NAME, SELECTED_NAME -> 18;
            case TICK_LABEL -> 11;
            case REGISTER -> 15;
            default -> 13;
        };
    }

    public static boolean bold(Role role) {
        return role.processName() || role == Role.REGISTER || role == Role.C1_FAILS || role == Role.C2_FAILS;
    }

    /** The font family every painter asks for (installed with the app's fonts on every platform we test). */
    public static final String FONT_FAMILY = "DejaVu Sans";
}
