package dev.spacetime.cli;

import dev.spacetime.awtpaint.PngPicture;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.exercise.Difficulty;
import dev.spacetime.exercise.Exercise;
import dev.spacetime.exercise.ExerciseGenerator;
import dev.spacetime.exercise.QuestionKind;
import dev.spacetime.exercise.WorkedAnswer;
import dev.spacetime.export.ExportOptions;
import dev.spacetime.export.PictureFormat;
import dev.spacetime.export.PictureText;
import dev.spacetime.io.DiagramFiles;
import dev.spacetime.io.exercise.ExerciseWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code exercise}: a worksheet of exercises with blanks, its answer key with the worked reasoning, and the exercise files. */
@Command(name = "exercise", mixinStandardHelpOptions = true,
        description = {"Write a worksheet: exercises on generated diagrams (or your own), each a picture with blanks "
                + "where the answers go and a question; a separate answer key with the worked reasoning in the "
                + "paper's words (OUT-key.md, and the pictures with the answers); and each exercise as a small file "
                + "the app opens (OUT-N.exercise.json).",
                "Exercise k uses seed S + k - 1: the same options give the same worksheet, byte for byte.",
                "PNG and SVG write a picture per exercise; TikZ writes one LaTeX document, an exercise a page."})
final class ExerciseCommand implements Callable<Integer> {
    enum Format { png, svg, tikz }

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "lamport, vector, relation, cone, order or linearization.")
    String kind;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--processes", defaultValue = "3", paramLabel = "P",
            description = "Processes, 2–5 (default ${DEFAULT-VALUE}).")
    int processes;

    @Option(names = "--events", defaultValue = "10", paramLabel = "E", description = "Events, 6–30 (default ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--messages", paramLabel = "K", description = "Messages (default: a third of the events).")
    Integer messages;

    @Option(names = "--multicasts", description = "Make some sends multicasts (one message to two or more processes).")
    boolean multicasts;

    @Option(names = "--external", description = "Make some messages external (section 5: the clocks do not see them).")
    boolean external;

    @Option(names = "--diagram", paramLabel = "FILE",
            description = "Ask about this diagram instead of generated ones (its clocks hidden on the worksheet).")
    Path diagram;

    @Option(names = "--count", defaultValue = "1", paramLabel = "N", description = "Exercises, 1–50 (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--format", paramLabel = "png|svg|tikz", description = "Picture format; default: from OUT's extension.")
    Format format;

    @Option(names = {"--key", "--answers-only"}, description = "Write only the answer key (and the exercise files).")
    boolean keyOnly;

    @Parameters(paramLabel = "OUT", description = "The worksheet: OUT.png, OUT.svg or OUT.tex; the key and exercise "
            + "files go beside it.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The options given that only a generated diagram uses, as typed. */
    private List<String> generatingOptionsGiven() {
        List<String> given = new ArrayList<>();
        for (String name : List.of("--processes", "--events", "--messages", "--multicasts", "--external")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(name)) {
                given.add(name);
            }
        }
        return given;
    }

    @Override
    public Integer call() throws IOException {
        QuestionKind questionKind = QuestionKind.of(kind);
        if (questionKind == null) {
            return refuse("--kind must be lamport, vector, relation, cone, order or linearization, not \"" + kind + "\"");
        }
        Format chosen = format != null ? format : formatOf(out);
        if (chosen == null) {
            return refuse("OUT must end in .png, .svg or .tex (or give --format png|svg|tikz), not \""
                    + out.getFileName() + "\"");
        }
        if (count < 1 || count > 50) {
            return refuse("--count must be from 1 to 50, not " + count);
        }
        List<Exercise> exercises = new ArrayList<>();
        if (diagram != null) {
            List<String> generating = generatingOptionsGiven();
            if (!generating.isEmpty()) {
                return refuse(String.join(", ", generating) + (generating.size() == 1 ? " shapes" : " shape")
                        + " a generated diagram; with --diagram the exercises ask about your own, so leave "
                        + (generating.size() == 1 ? "it" : "them") + " out");
            }
            Inputs.Loaded loaded = Inputs.load(diagram);
            if (loaded.diagram() == null) {
                spec.commandLine().getErr().println(loaded.problems());
                return Launcher.INVALID_INPUT;
            }
            try {
                for (int k = 0; k < count; k++) {
                    exercises.add(ExerciseGenerator.fromDiagram(loaded.diagram(), questionKind, seed + k));
                }
            } catch (IllegalArgumentException e) {
                return refuse(diagram.getFileName() + ": " + e.getMessage());
            }
        } else {
            Difficulty difficulty = new Difficulty(processes, events, messages != null ? messages
                    : Difficulty.of(processes, events).messages(), multicasts, external);
            if (difficulty.problem() != null) {
                return refuse(difficulty.problem());
            }
            for (int k = 0; k < count; k++) {
                exercises.add(ExerciseGenerator.generate(questionKind, seed + k, difficulty));
            }
        }
        if (chosen == Format.png) {
            PngPicture.warmUp();
        }
        return write(exercises, chosen);
    }

    private int write(List<Exercise> exercises, Format chosen) throws IOException {
        String ext = chosen == Format.tikz ? ".tex" : "." + chosen.name();
        List<String> files = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        for (int k = 0; k < exercises.size(); k++) {
            Path file = sibling(k, "", ".exercise.json", exercises.size());
            String text = ExerciseWriter.toString(exercises.get(k));
            DiagramFiles.write(file, w -> w.write(text));
            files.add(file.getFileName().toString());
            written.add(file);
        }
        List<String> keyPictures = new ArrayList<>();
        if (chosen == Format.tikz) {
            List<WorksheetTex.Page> sheet = new ArrayList<>();
            List<WorksheetTex.Page> key = new ArrayList<>();
            for (int k = 0; k < exercises.size(); k++) {
                Exercise ex = exercises.get(k);
                String heading = "Exercise " + (k + 1) + ": " + ex.title();
                sheet.add(new WorksheetTex.Page(heading, List.of(ex.questionText()), WorksheetPictures.question(ex),
                        List.of()));
                key.add(new WorksheetTex.Page("Answer to e" + heading.substring(1), List.of(ex.questionText(),
                        "Answer: " + WorkedAnswer.headline(ex)), WorksheetPictures.answer(ex), WorkedAnswer.lines(ex)));
            }
            Path keyTex = sibling(0, "-key", ".tex", 1);
            String keyText = WorksheetTex.document(key, false);
            DiagramFiles.write(keyTex, w -> w.write(keyText));
            keyPictures.add(keyTex.getFileName().toString());
            written.add(keyTex);
            if (!keyOnly) {
                Path sheetTex = sibling(0, "", ".tex", 1);
                String sheetText = WorksheetTex.document(sheet, true);
                DiagramFiles.write(sheetTex, w -> w.write(sheetText));
                written.add(sheetTex);
            }
        } else {
            for (int k = 0; k < exercises.size(); k++) {
                Exercise ex = exercises.get(k);
                Path keyPicture = sibling(k, "-key", ext, exercises.size());
                picture(WorksheetPictures.answer(ex), ex.title(), List.of("Answer: " + WorkedAnswer.headline(ex)),
                        keyPicture);
                keyPictures.add(keyPicture.getFileName().toString());
                written.add(keyPicture);
                if (!keyOnly) {
                    Path question = sibling(k, "", ext, exercises.size());
                    picture(WorksheetPictures.question(ex), ex.title(), List.of(ex.questionText()), question);
                    written.add(question);
                }
            }
        }
        Path keyText = sibling(0, "-key", ".md", 1);
        String markdown = AnswerKeyText.of("Answer key: " + exercises.size() + " exercise"
                + (exercises.size() == 1 ? "" : "s") + " on " + exercises.get(0).kind().title(), exercises,
                chosen == Format.tikz ? null : keyPictures, files);
        DiagramFiles.write(keyText, w -> w.write(markdown));
        written.add(keyText);
        for (Path p : written) {
            spec.commandLine().getOut().println("wrote " + p);
        }
        return 0;
    }

    /** A picture with the exercise's title above it and the given lines, wrapped, below. */
    private static void picture(Drawing drawing, String title, List<String> caption, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : caption) {
            lines.addAll(wrap(line, 90));
        }
        ExportOptions options = new ExportOptions(0, 2, false, 1.0).withText(new PictureText(title, List.of(), lines));
        PictureOutput.write(drawing, options, file);
    }

    /** The line cut at spaces into pieces of at most {@code width} characters (a longer word stays whole). */
    static List<String> wrap(String line, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                out.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(word);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /** OUT's stem with a number (when there are several), a part ("-key") and an ending: "sheet-2-key.png". */
    private Path sibling(int k, String part, String ending, int of) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return out.resolveSibling(stem + (of > 1 ? "-" + (k + 1) : "") + part + ending);
    }

    private static Format formatOf(Path file) {
        return switch (PictureFormat.extension(file)) {
            case "png" -> Format.png;
            case "svg" -> Format.svg;
            case "tex" -> Format.tikz;
            default -> null;
        };
    }

    private int refuse(String why) {
        spec.commandLine().getErr().println("spacetime exercise: " + why);
        return Launcher.INVALID_INPUT;
    }
}
