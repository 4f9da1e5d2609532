package dev.spacetime.cli;

import dev.spacetime.awtpaint.PngPicture;
import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.TextFactor;
import dev.spacetime.export.ExportOptions;
import dev.spacetime.export.PairLines;
import dev.spacetime.export.PictureFormat;
import dev.spacetime.export.PictureFrame;
import dev.spacetime.export.PictureSettings;
import dev.spacetime.export.PictureText;
import dev.spacetime.sim.mutex.MutexCheck;
import dev.spacetime.sim.recipe.MutexRecheck;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.PhysicalTimes;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.model.TimeDirection;
import dev.spacetime.step.Linearization;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code spacetime render FILE OUT.png|OUT.svg|OUT.tex}: the picture the app would show, with no display. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Draw a diagram (or a ShiViz log) as PNG, SVG or TikZ, chosen by OUT's extension.",
                "The picture is painted from the same drawing as the screen. No display is needed.",
                "With --size WxH the picture is what a window of that size shows after Fit: the diagram spaced "
                        + "to fill it, texts sized for the fitted zoom, and in a PNG the screen's level of detail.",
                "A PNG whose natural size would be larger than 4000 pixels on a side (and no --size or --width) "
                        + "is drawn so, as a window of the natural proportions 4000 pixels on its longer side."})
final class RenderCommand implements Callable<Integer> {
    enum Up { up, right }

    enum Time { physical, logical }

    enum Clocks { lamport, vector, none }

    enum Background { white, transparent }

    enum Order { total, exact, physical }

    enum Size { small, normal, large, huge }

    /** A PNG larger than this on a side at its natural size is fitted to a window this long instead. */
    static final int MOST_NATURAL = 4000;

    @Parameters(index = "0", paramLabel = "FILE", description = "The diagram or log to draw.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The picture to write: .png, .svg or .tex.")
    Path out;

    @Option(names = "--orientation", paramLabel = "up|right",
            description = "Time goes up (the paper) or right (textbooks); default: as the file's view says, else up.")
    Up orientation;

    @Option(names = "--time", paramLabel = "physical|logical",
            description = "Events at their time, or at their Lamport clock (Figure 3); default: physical, or logical "
                    + "when no event has a time (a ShiViz log), as the window opens it.")
    Time time;

    @Option(names = "--ticks", description = "Draw tick lines through like-numbered clock ticks (Figure 2).")
    boolean ticks;

    @Option(names = "--concurrent-pairs", description = "Join every pair of concurrent events by a dashed curve (with "
            + "one --select: the event to each event concurrent with it), as View → Show concurrent pairs.")
    boolean concurrentPairs;

    @Option(names = "--false-orderings", description = "Mark every pair with C(a) < C(b) yet a ‖ b (a false ordering "
            + "of Lamport clocks) by a dotted curve, as View → Mark false orderings.")
    boolean falseOrderings;

    @Option(names = "--anomalies", description = "Mark every pair with a ➝ b yet C(a) ≥ C(b) (section 5's anomalous "
            + "behaviour, through external messages) by a dash-dot curve, as View → Mark anomalies.")
    boolean anomalies;

    @Option(names = "--cones-follow-external", description = "With one --select: colour the event's past and future "
            + "under ➝, external messages counted, as View → Cones follow external messages.")
    boolean conesFollowExternal;

    @Option(names = "--clocks", defaultValue = "lamport", paramLabel = "lamport|vector|none",
            description = "Which clock the event labels show; default ${DEFAULT-VALUE}.")
    Clocks clocks;

    @Option(names = "--select", paramLabel = "EVENT",
            description = "Select an event (its past, future and concurrent events coloured); twice to compare two.")
    List<String> select = new ArrayList<>();

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N", description = "PNG pixels per picture pixel, 1–8.")
    int scale;

    @Option(names = "--background", defaultValue = "white", paramLabel = "white|transparent",
            description = "PNG and SVG background; default ${DEFAULT-VALUE}.")
    Background background;

    @Option(names = "--width", defaultValue = "0", paramLabel = "PX",
            description = "The picture's width; the height follows. Default: the diagram's natural size.")
    int width;

    @Option(names = "--size", paramLabel = "WxH",
            description = "Draw what a window of W × H pixels shows after Fit (each side 200–20000), "
                    + "e.g. 1280x800; not with --width.")
    String size;

    @Option(names = "--text-size", defaultValue = "normal", paramLabel = "small|normal|large|huge",
            description = "How large texts and lines are drawn (0.85, 1, 1.3 or 1.7 times normal); "
                    + "default ${DEFAULT-VALUE}.")
    Size textSize;

    @Option(names = "--slides", description = "Texts and lines 1.6 times larger again, for slides (as the app's "
            + "presentation mode).")
    boolean slides;

    @Option(names = "--step", defaultValue = "-1", paramLabel = "N",
            description = "Draw step N of the step-through: N events have happened (0 = none).")
    int step;

    @Option(names = "--all-steps", description = "Write every step, as OUT-00.png, OUT-01.png, … (one slide a step).")
    boolean allSteps;

    @Option(names = "--order", paramLabel = "total|exact|physical",
            description = "The order the steps follow: the total order ⇒ (a receive waits for its external message), "
                    + "⇒ exactly as the system sees it (external messages ignored: section 5's anomaly as it happens), "
                    + "or physical time; default: exact for a diagram with external messages, else total.")
    Order order;

    @Option(names = "--hide-future-clocks", description = "With --step or --all-steps: label the events still to come "
            + "with their ids alone, for a class to predict their clocks.")
    boolean hideFutureClocks;

    @Option(names = "--legend", description = "Draw the key to the picture's colours above the diagram (what the "
            + "selection's colours, tick lines, pair lines, faded events and rings mean).")
    boolean legend;

    @Option(names = "--title", description = "Draw the diagram's title (else the file's name) above the diagram.")
    boolean title;

    @Option(names = "--caption", description = "Draw a caption under the diagram: with --step, the step explained in "
            + "the paper's terms; for a run of the mutual exclusion algorithm, its verdict.")
    boolean caption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String format = PictureFormat.extension(out);
        if (!List.of("png", "svg", "tex").contains(format)) {
            return refuse("OUT must end in .png, .svg or .tex, not \"" + out.getFileName() + "\"");
        }
        if (scale < 1 || scale > 8) {
            return refuse("--scale must be a whole number from 1 to 8, not " + scale);
        }
        if (width < 0 || width > 20_000) {
            return refuse("--width must be between 1 and 20000 pixels");
        }
        int[] window = null;
        if (size != null) {
            if (width != 0) {
                return refuse("--size and --width cannot go together: --size sets both sides of the picture, "
                        + "--width sets the width and lets the height follow");
            }
            window = windowSize(size);
            if (window == null) {
                return refuse("--size must be WIDTHxHEIGHT in whole pixels, each from " + ExportOptions.LEAST_SIDE
                        + " to " + ExportOptions.LARGEST_SIDE + " (e.g. 1280x800), not \"" + size + "\"");
            }
        }
        if (select.size() > 2) {
            return refuse("--select at most two events, to compare them");
        }
        if (conesFollowExternal && select.size() != 1) {
            return refuse("--cones-follow-external colours one selected event's past and future: add one --select EVENT");
        }
        if (format.equals("png")) {
            PngPicture.warmUp();
        }
        Inputs.Loaded loaded = Inputs.load(in);
        if (loaded.diagram() == null) {
            spec.commandLine().getErr().println(loaded.problems());
            return Launcher.INVALID_INPUT;
        }
        if (loaded.warning() != null) {
            spec.commandLine().getErr().println(loaded.warning());
        }
        Analysis analysis = Analysis.of(loaded.diagram());
        for (String id : select) {
            if (analysis.indexOf(id) < 0) {
                return refuse("there is no event \"" + id + "\" in " + in.getFileName());
            }
        }
        if (step > analysis.eventCount()) {
            return refuse("--step " + step + " is past the end: the diagram has " + analysis.eventCount() + " events");
        }
        Up up = orientation != null ? orientation
                : loaded.diagram().annotations().timeDirection() == TimeDirection.RIGHT ? Up.right : Up.up;
        PictureSettings settings = new PictureSettings(up == Up.up ? Orientation.TIME_UP : Orientation.TIME_RIGHT,
                timeMode(loaded.diagram()), ticks,
                ClockLabels.valueOf(clocks.name().toUpperCase(Locale.ROOT)), select, step,
                order == null ? Linearization.defaultFor(analysis) : switch (order) {
                    case total -> Linearization.Kind.TOTAL_ORDER;
                    case exact -> Linearization.Kind.EXACT_TOTAL_ORDER;
                    case physical -> Linearization.Kind.PHYSICAL_TIME;
                },
                hideFutureClocks);
        settings = settings.withPairLines(new PairLines(concurrentPairs, falseOrderings, anomalies, conesFollowExternal));
        // A run of the mutual exclusion algorithm is judged as the window judges it, its violations ringed.
        MutexCheck.Verdict verdict = MutexRecheck.of(loaded.diagram());
        if (verdict != null) {
            settings = settings.withBroken(verdict.brokenBy());
        }
        String heading = loaded.diagram().title().isBlank() ? String.valueOf(in.getFileName()) : loaded.diagram().title();
        double factor = TextFactor.valueOf(textSize.name().toUpperCase(Locale.ROOT)).factor()
                * (slides ? TextFactor.FOR_SLIDES : 1);
        String shrunk = "";
        if (window == null && width == 0 && format.equals("png")) {
            // A huge picture would take long to paint and be no easier to read: draw it as the screen would.
            window = PictureFrame.shrunkWindow(settings.naturalLayout(analysis, factor).bounds(), MOST_NATURAL);
            shrunk = window == null ? "" : " (" + window[0] + " × " + window[1] + ": its natural size is larger than "
                    + MOST_NATURAL + " pixels)";
        }
        boolean transparent = background == Background.transparent;
        boolean overview = !shrunk.isEmpty();
        ExportOptions options = window == null ? new ExportOptions(width, scale, transparent, factor)
                : overview ? ExportOptions.overview(window[0], window[1], scale, transparent, factor)
                : ExportOptions.window(window[0], window[1], scale, transparent, factor);
        // A window drawn as Fit draws it; an overview of a huge picture spaced to show whole in its window.
        Function<PictureSettings, Drawing> draw = !options.window() ? s -> s.drawing(analysis, factor)
                : overview ? s -> s.overview(analysis, options.width(), options.height(), factor)
                : s -> s.drawingToFill(analysis, options.width(), options.height(), factor);
        // The picture's margins hold what was asked for: its title, the key to what this drawing shows, a caption.
        BiFunction<PictureSettings, Drawing, ExportOptions> framed = (s, drawing) -> {
            if (!legend && !title && !caption) {
                return options;
            }
            List<String> lines = new ArrayList<>();
            if (caption && s.explanation(analysis) != null) {
                lines.add(s.explanation(analysis));
            }
            String verdictLine = verdict == null ? null : "Mutual exclusion: " + verdict.headline();
            if (caption && verdict != null) {
                lines.add(verdictLine);
                lines.addAll(verdict.lines());
            }
            return options.withText(PictureText.of(drawing, analysis, title ? heading : null, legend,
                    verdictLine, lines));
        };
        if (allSteps) {
            int digits = Math.max(2, Integer.toString(analysis.eventCount()).length());
            // The steps explained, one line a picture, beside the pictures: notes for the one who presents them.
            StringBuilder notes = new StringBuilder();
            for (int k = 0; k <= analysis.eventCount(); k++) {
                PictureSettings at = settings.atStep(k);
                Drawing drawing = draw.apply(at);
                Path picture = PictureFormat.numbered(out, k, digits);
                PictureOutput.write(drawing, framed.apply(at, drawing), picture);
                notes.append(picture.getFileName()).append("  ").append(at.explanation(analysis)).append('\n');
            }
            Path steps = stepsFile(out);
            String text = notes.toString();
            dev.spacetime.io.DiagramFiles.write(steps, w -> w.write(text));
            spec.commandLine().getOut().println("wrote " + (analysis.eventCount() + 1) + " steps as "
                    + PictureFormat.numbered(out, 0, digits).getFileName() + " …, each explained in " + steps.getFileName());
            return 0;
        }
        Drawing drawing = draw.apply(settings);
        PictureOutput.write(drawing, framed.apply(settings, drawing), out);
        spec.commandLine().getOut().println("wrote " + out + shrunk);
        if (settings.explanation(analysis) != null) {
            spec.commandLine().getOut().println(settings.explanation(analysis));
        }
        return 0;
    }

    /** "slides.png" → "slides-steps.txt", beside the numbered pictures. */
    static Path stepsFile(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return out.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-steps.txt");
    }

    /** {W, H} from "WxH" when both are whole numbers in the allowed range, else null. */
    static int[] windowSize(String text) {
        Matcher m = Pattern.compile("\\s*(\\d{1,6})\\s*[xX×]\\s*(\\d{1,6})\\s*").matcher(text);
        if (!m.matches()) {
            return null;
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        boolean fits = w >= ExportOptions.LEAST_SIDE && w <= ExportOptions.LARGEST_SIDE
                && h >= ExportOptions.LEAST_SIDE && h <= ExportOptions.LARGEST_SIDE;
        return fits ? new int[] {w, h} : null;
    }

    private int refuse(String why) {
        spec.commandLine().getErr().println("spacetime render: " + why);
        return Launcher.INVALID_INPUT;
    }

    /** The time asked for; else, as the window opens a file, logical when no event has a time of its own. */
    private TimeMode timeMode(dev.spacetime.model.Diagram diagram) {
        if (time != null) {
            return time == Time.physical ? TimeMode.PHYSICAL : TimeMode.LOGICAL;
        }
        return diagram.eventCount() > 0 && !PhysicalTimes.anyGiven(diagram) ? TimeMode.LOGICAL : TimeMode.PHYSICAL;
    }
}
