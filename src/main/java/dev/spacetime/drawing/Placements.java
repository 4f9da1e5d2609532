package dev.spacetime.drawing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a label placement: a spot for each text that is drawn, the labels that found no
 * room even shortened (their events keep their hover text), and the scale it was worked out for.
 * Texts are looked up by identity: a drawing's texts are its own objects, kept across frames.
 */
public final class Placements {
    private final Map<Shape.Text, LabelSpot> spots;
    private final List<Shape.Text> hidden;
    private final double scale;
    private final double textScale;
    private final double[] region;
    private final boolean crowded;

    Placements(Map<Shape.Text, LabelSpot> spots, List<Shape.Text> hidden, double scale, double textScale,
            double[] region) {
        this(spots, hidden, scale, textScale, region, false);
    }

    private Placements(Map<Shape.Text, LabelSpot> spots, List<Shape.Text> hidden, double scale, double textScale,
            double[] region, boolean crowded) {
        this.crowded = crowded;
        this.spots = spots;
        this.hidden = hidden;
        this.scale = scale;
        this.textScale = textScale;
        this.region = region == null ? null : region.clone();
    }

    /** No text placed in page rectangle {@code region}: too crowded there for any label to be read. */
    public static Placements crowded(double scale, double textScale, double[] region) {
        return new Placements(new IdentityHashMap<>(), new ArrayList<>(), scale, textScale, region, true);
    }

    /** Whether no label was placed because the part placed is too crowded for any to be read. */
    public boolean crowded() {
        return crowded;
    }

    /** Where the text goes, or null when it is not drawn. */
    public LabelSpot spot(Shape.Text text) {
        LabelSpot spot = spots.get(text);
        // A selected process's name is its plain name restyled, laid over a drawing placed without it.
        return spot != null || text.placedAs() == text ? spot : spots.get(text.placedAs());
    }

    /** How many texts are drawn. */
    public int placed() {
        return spots.size();
    }

    /** Labels with no room, even shortened to their id. */
    public List<Shape.Text> hidden() {
        return Collections.unmodifiableList(hidden);
    }

    /** Pixels per page unit the spots were worked out for. */
    public double scale() {
        return scale;
    }

    /** The factor texts, lines and dots were sized by ({@link TextScale}). */
    public double textScale() {
        return textScale;
    }

    /**
     * The page rectangle {minX, minY, maxX, maxY} whose labels were placed, or null when the whole
     * drawing's were.
     */
    public double[] region() {
        return region == null ? null : region.clone();
    }

    /** Whether this placement holds every label in page rectangle {minX, minY, maxX, maxY}. */
    public boolean covers(double[] page) {
        return region == null || (page[0] >= region[0] && page[1] >= region[1] && page[2] <= region[2]
                && page[3] <= region[3]);
    }
}
