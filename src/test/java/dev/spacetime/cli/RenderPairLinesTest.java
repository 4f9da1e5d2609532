package dev.spacetime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.PairCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} draws the pair lines and ➝ cones the window's View menu offers, each counted as the analysis counts them. */
class RenderPairLinesTest {
    private static final Path PHONE = Path.of("examples", "anomalous-telephone.json");
    private static final Path FALSE_ORDERING = Path.of("examples", "false-ordering.json");

    @TempDir
    Path dir;

    @Test
    void anomaliesFalseOrderingsAndConcurrentPairsAreDrawnOneCurveAPair() throws Exception {
        for (Path file : new Path[] {PHONE, FALSE_ORDERING}) {
            PairCounts counts = Analysis.of(Inputs.load(file).diagram()).pairCounts();
            Path out = dir.resolve(file.getFileName() + ".svg");
            CliRun r = CliRun.of("render", file.toString(), out.toString(), "--anomalies", "--false-orderings",
                    "--concurrent-pairs");
            assertEquals(0, r.code(), r.err());
            String svg = Files.readString(out);
            assertEquals(counts.anomalies(), count(svg, "anomaly"), file.toString());
            assertEquals(counts.falseOrderings(), count(svg, "false-ordering"), file.toString());
            assertEquals(counts.concurrent(), count(svg, "concurrent-pair"), file.toString());
            Path plain = dir.resolve("plain-" + file.getFileName() + ".svg");
            assertEquals(0, CliRun.of("render", file.toString(), plain.toString()).code());
            String without = Files.readString(plain);
            assertEquals(0, count(without, "anomaly") + count(without, "false-ordering") + count(without, "concurrent-pair"),
                    "none unless asked");
        }
        assertTrue(Analysis.of(Inputs.load(PHONE).diagram()).pairCounts().anomalies() > 0, "the test can fail");
    }

    @Test
    void aSelectedEventsConeFollowsTheTelephoneCallWhenAsked() throws Exception {
        Path out = dir.resolve("cone.svg");
        CliRun r = CliRun.of("render", PHONE.toString(), out.toString(), "--select", "b2", "--cones-follow-external",
                "--legend");
        assertEquals(0, r.code(), r.err());
        String svg = Files.readString(out);
        assertTrue(svg.contains("past under ➝ (external messages count)"), "the key names the cone drawn");
        assertTrue(svg.contains("id=\"event-a1\"") && eventClass(svg, "a1").equals("past"), "a1 ➝ b2 through the call");
        Path plain = dir.resolve("plain.svg");
        assertEquals(0, CliRun.of("render", PHONE.toString(), plain.toString(), "--select", "b2").code());
        assertEquals("concurrent", eventClass(Files.readString(plain), "a1"), "under → a1 ‖ b2");
        CliRun refused = CliRun.of("render", PHONE.toString(), dir.resolve("no.svg").toString(), "--cones-follow-external");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("add one --select EVENT"), refused.err());
    }

    private static long count(String svg, String cssClass) {
        return Pattern.compile("class=\"" + cssClass + "\"").matcher(svg).results().count();
    }

    private static String eventClass(String svg, String id) {
        Matcher m = Pattern.compile("<circle class=\"event ([a-z-]+)\" id=\"event-" + id + "\"").matcher(svg);
        return m.find() ? m.group(1) : "";
    }
}
