package dev.spacetime.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Style;
import dev.spacetime.exercise.Exercise;
import dev.spacetime.exercise.QuestionKind;
import dev.spacetime.io.exercise.ExerciseReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spacetime exercise}: a worksheet with blanks and no answers, a key with them, the same for the same seed. */
class ExerciseCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void anSvgWorksheetHasBlanksAndNoClocksWhileItsKeyHasThemAndTheReasoning() throws Exception {
        Path out = dir.resolve("sheet.svg");
        CliRun r = run("exercise", "--kind", "lamport", "--seed", "7", "--processes", "3", "--events", "12", "--count",
                "2", out.toString());
        assertEquals(0, r.code(), r.err());
        String sheet = Files.readString(dir.resolve("sheet-1.svg"));
        String key = Files.readString(dir.resolve("sheet-1-key.svg"));
        assertEquals(12, count(sheet, "C = ___"), "a blank for every event");
        assertFalse(Pattern.compile("C=\\d|V=\\[").matcher(sheet).find(), "no clock on the worksheet, nor in its tooltips");
        assertTrue(sheet.contains("Give every event its Lamport clock C by IR1 and IR2"), "the question under it");
        assertEquals(12, Pattern.compile("C=\\d+</text>").matcher(key).results().count(), "every clock in the key's picture");
        assertFalse(key.contains("___"));
        String markdown = Files.readString(dir.resolve("sheet-key.md"));
        assertTrue(markdown.contains("## Exercise 2: Lamport clocks · seed 8 · 3 processes, 12 events, 4 messages"));
        assertTrue(markdown.contains(": IR1 gives 0 + 1 = 1") && markdown.contains(": IR2 gives max("), markdown);
        Exercise ex = ExerciseReader.read(dir.resolve("sheet-2.exercise.json"));
        assertEquals(QuestionKind.LAMPORT, ex.kind());
        assertEquals(8, ex.seed());
    }

    @Test
    void theSameOptionsWriteTheSameFilesByteForByte() throws Exception {
        Path one = Files.createDirectory(dir.resolve("one"));
        Path two = Files.createDirectory(dir.resolve("two"));
        for (Path d : List.of(one, two)) {
            assertEquals(0, run("exercise", "--kind", "cone", "--seed", "42", "--processes", "4", "--events", "16",
                    "--multicasts", "--external", "--count", "3", d.resolve("cones.tex").toString()).code());
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(one)) {
            files = s.sorted().toList();
        }
        assertEquals(List.of("cones-1.exercise.json", "cones-2.exercise.json", "cones-3.exercise.json", "cones-key.md",
                "cones-key.tex", "cones.tex"), files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(two.resolve(f.getFileName())), f.toString());
        }
        Path other = Files.createDirectory(dir.resolve("other"));
        run("exercise", "--kind", "cone", "--seed", "43", "--processes", "4", "--events", "16", "--multicasts",
                "--external", other.resolve("cones.tex").toString());
        assertFalse(Files.readString(other.resolve("cones.exercise.json"))
                .equals(Files.readString(one.resolve("cones-1.exercise.json"))), "another seed, another exercise");
    }

    @Test
    void theTikzWorksheetIsOneDocumentWithAnExerciseAPage() throws Exception {
        Path out = dir.resolve("order.tex");
        assertEquals(0, run("exercise", "--kind", "order", "--seed", "3", "--events", "9", "--count", "3",
                out.toString()).code());
        String tex = Files.readString(out);
        assertEquals(1, count(tex, "\\begin{document}"));
        assertEquals(3, count(tex, "\\begin{tikzpicture}"));
        assertEquals(3, count(tex, "\\newpage"));
        assertEquals(3, count(tex, "List every event in the total order $\\Rightarrow$"));
        assertFalse(tex.contains("C="), "no clock on the worksheet");
        String key = Files.readString(dir.resolve("order-key.tex"));
        assertTrue(key.contains("C=1") && key.contains("$\\Rightarrow$ \\#1"), "clocks and places in ⇒ in the key");
    }

    @Test
    void aPngWorksheetRingsTheMarkedPairAndItsKeyDrawsTheChain() throws Exception {
        Path out = dir.resolve("rel.png");
        assertEquals(0, run("exercise", "--kind", "relation", "--seed", "3", "--processes", "4", "--events", "14",
                out.toString()).code());
        BufferedImage sheet = ImageIO.read(out.toFile());
        BufferedImage key = ImageIO.read(dir.resolve("rel-key.png").toFile());
        assertTrue(pixels(sheet, Style.rgb(Role.BROKEN)) > 100, "the marked pair ringed");
        assertEquals(0, pixels(sheet, Style.rgb(Role.WITNESS)), "no chain on the worksheet");
        assertTrue(pixels(key, Style.rgb(Role.WITNESS)) > 100, "the chain p3 → p4 → q5 drawn in the key");
        assertTrue(Files.readString(dir.resolve("rel-key.md")).contains("p3 → q5 through the chain p3 → p4 → q5"));
    }

    @Test
    void theKeyAloneAndATeachersOwnDiagram() throws Exception {
        Path diagram = Path.of("examples/lamport-figure1.json");
        assertEquals(0, run("exercise", "--kind", "vector", "--diagram", diagram.toString(), "--key",
                dir.resolve("mine.svg").toString()).code());
        assertTrue(Files.exists(dir.resolve("mine-key.svg")));
        assertTrue(Files.exists(dir.resolve("mine.exercise.json")));
        assertFalse(Files.exists(dir.resolve("mine.svg")), "--key writes no worksheet");
        assertTrue(Files.readString(dir.resolve("mine-key.md")).contains("the vector rule gives"));
    }

    @Test
    void optionsThatShapeAGeneratedDiagramAreRefusedWithYourOwn() throws Exception {
        CliRun run = run("exercise", "--kind", "lamport", "--diagram", "examples/lamport-figure1.json",
                "--processes", "4", "--external", dir.resolve("own.png").toString());
        assertEquals(2, run.code());
        assertEquals("spacetime exercise: --processes, --external shape a generated diagram; with --diagram the "
                + "exercises ask about your own, so leave them out", run.err().strip());
        assertFalse(Files.exists(dir.resolve("own.png")));
    }

    @Test
    void badOptionsAreRefusedWithTheReason() throws Exception {
        CliRun many = run("exercise", "--kind", "lamport", "--processes", "9", dir.resolve("x.png").toString());
        assertEquals(2, many.code());
        assertEquals("spacetime exercise: an exercise has 2 to 5 processes, not 9", many.err().strip());
        CliRun kind = run("exercise", "--kind", "clocks", dir.resolve("x.png").toString());
        assertEquals("spacetime exercise: --kind must be lamport, vector, relation, cone, order or linearization, "
                + "not \"clocks\"", kind.err().strip());
        CliRun ext = run("exercise", "--kind", "order", dir.resolve("x.txt").toString());
        assertTrue(ext.err().contains("OUT must end in .png, .svg or .tex"), ext.err());
        CliRun room = run("exercise", "--kind", "order", "--events", "6", "--messages", "4", dir.resolve("x.svg").toString());
        assertEquals("spacetime exercise: 6 events cannot hold 4 messages: each message needs its own receive event, "
                + "and there are 4 send events", room.err().strip());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{ \"format\": \"spacetime\", \"version\": 1, ");
        CliRun bad = run("exercise", "--kind", "order", "--diagram", broken.toString(), dir.resolve("x.svg").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("broken.json:1:"), bad.err());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "nothing written but the broken diagram");
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Pixels within a small distance of the colour. */
    private static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int d = Math.abs(((p >> 16) & 255) - ((rgb >> 16) & 255)) + Math.abs(((p >> 8) & 255) - ((rgb >> 8) & 255))
                        + Math.abs((p & 255) - (rgb & 255));
                n += d < 24 ? 1 : 0;
            }
        }
        return n;
    }
}
