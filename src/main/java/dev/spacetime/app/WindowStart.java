package dev.spacetime.app;

import java.util.List;
import java.util.Map;

/**
 * What the window's command line asks for before any window is made: its help, or a plain refusal
 * where no display can show a window (JavaFX would otherwise stop with a stack trace about DISPLAY).
 */
final class WindowStart {
    /** Printed, with the exit status, instead of opening the window. */
    record Instead(String text, int status) {
    }

    static final String USAGE = """
            Usage: Spacetime [--timing] [FILE]
            Opens Spacetime's window, on FILE when one is given: a Spacetime diagram (.json) or a ShiViz
            log (.log, .txt, .shiviz).
              --timing     print "first frame after N ms" once the diagram is shown, then quit
              -h, --help   print this and quit
            The command line (render, check, analyze, simulate, …) needs no window:
            `spacetime --help` in the application image, `java -jar spacetime.jar --help` with the jar.""";

    private WindowStart() {
    }

    /**
     * What to print instead of opening the window, or null to open it. A display is needed on Linux
     * ({@code DISPLAY} or {@code WAYLAND_DISPLAY}) unless JavaFX is told to use another platform, as the
     * tests and the image's training run do with Monocle.
     */
    static Instead instead(List<String> arguments, Map<String, String> environment, String osName, String glassPlatform) {
        if (arguments.contains("--help") || arguments.contains("-h")) {
            return new Instead(USAGE, 0);
        }
        boolean linux = osName != null && osName.toLowerCase().contains("linux");
        if (linux && glassPlatform == null && isBlank(environment.get("DISPLAY"))
                && isBlank(environment.get("WAYLAND_DISPLAY"))) {
            return new Instead("""
                    Spacetime's window needs a graphical display, and there is none here (DISPLAY is not set).
                    Start it from a desktop session, or over SSH with X forwarding (ssh -X).
                    The command line needs no display: `spacetime --help` in the application image,
                    `java -jar spacetime.jar --help` with the jar.""", 1);
        }
        return null;
    }

    /** Says that the display named could not be opened, with JavaFX's own reason. */
    static String displayRefused(String display, String reason) {
        return "Spacetime's window could not open the display" + (isBlank(display) ? "" : " " + display)
                + (reason == null ? "" : " (" + reason + ")") + ".\n"
                + "Is the desktop session still running, and may this user open windows on it?\n"
                + "The command line needs no display: `spacetime --help` in the application image,\n"
                + "`java -jar spacetime.jar --help` with the jar.";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
