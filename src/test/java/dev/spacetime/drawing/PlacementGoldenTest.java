package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Label placement gives every label of the {@link PlacementScenes} the place it was given when the
 * golden list was recorded: a change made for speed must not move a label. For each picture the list
 * holds how many labels were placed and hidden, and a digest of every label's text and where it went
 * (what it reads, offset, alignment); the full listing is written to {@code target/} so that two
 * versions of the code can be compared line by line. To record the list again after a change meant
 * to move labels, run with {@code -Dgolden.record=true} and say why in the commit.
 */
class PlacementGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/label-placements.txt");
    private static final Path LISTING = Path.of("target/label-placements-listing.txt");

    @Test
    void everyLabelKeepsItsRecordedPlace() throws IOException {
        List<String> listing = new ArrayList<>();
        List<String> now = new ArrayList<>();
        for (PlacementScenes.Scene scene : PlacementScenes.all()) {
            Placements placed = scene.place();
            List<String> lines = lines(scene, placed);
            listing.add("# " + scene.name());
            listing.addAll(lines);
            now.add(scene.name() + ": " + placed.placed() + " placed, " + placed.hidden().size() + " hidden, "
                    + digest(lines));
        }
        Files.createDirectories(LISTING.getParent());
        Files.write(LISTING, listing);
        if (Boolean.getBoolean("golden.record")) {
            Files.write(GOLDEN, now);
        }
        assertEquals(Files.readAllLines(GOLDEN), now, "placements against " + GOLDEN + " (each label: " + LISTING + ")");
    }

    @Test
    void theScenesTakeBothPathsOfPlacement() {
        // More than a crowded window's worth of labels is placed quickly, fewer with care: both must be held.
        List<Integer> labels = new ArrayList<>();
        for (PlacementScenes.Scene scene : PlacementScenes.all()) {
            Placements placed = scene.place();
            labels.add(placed.placed() + placed.hidden().size());
        }
        assertTrue(labels.stream().anyMatch(n -> n > 1200), labels::toString);
        assertTrue(labels.stream().anyMatch(n -> n > 200 && n < 900), labels::toString);
    }

    /** Each text of the scene's region, and where it went or "-" when it is not drawn. */
    private static List<String> lines(PlacementScenes.Scene scene, Placements placed) {
        List<String> out = new ArrayList<>();
        double[] r = scene.region();
        for (Shape s : scene.shapes()) {
            if (s instanceof Shape.Text t && (r == null || (t.x() >= r[0] && t.x() <= r[2] && t.y() >= r[1] && t.y() <= r[3]))) {
                LabelSpot spot = placed.spot(t);
                out.add(t.text() + " | " + (spot == null ? "-" : spot.text() + " | "
                        + String.format(Locale.ROOT, "%.6f %.6f", spot.dx(), spot.dy()) + " " + spot.align()));
            }
        }
        return out;
    }

    private static String digest(List<String> lines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
