package dev.spacetime.export;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.PictureKey;
import dev.spacetime.drawing.Role;
import java.util.List;

/**
 * What an exported picture shows in its margins besides the diagram: a title above it, the key to
 * its colours under the title, and a caption below it (the step's explanation, a simulation's
 * verdict). Each is left out when empty.
 *
 * @param title   the diagram's title or file name, or null
 * @param key     the key's entries, or none
 * @param caption lines of caption, or none
 */
public record PictureText(String title, List<PictureKey.Entry> key, List<String> caption) {
    public static final PictureText NONE = new PictureText(null, List.of(), List.of());

    public PictureText {
        title = title == null || title.isBlank() ? null : title.strip();
        key = List.copyOf(key);
        caption = caption.stream().filter(line -> line != null && !line.isBlank()).toList();
    }

    /**
     * The margin text for a drawing of the analysed diagram.
     *
     * @param title   the title to show, or null for none
     * @param key     whether to show the key to the drawing's marks
     * @param verdict a simulation's verdict in a line ("Mutual exclusion: Condition I fails"), said by the
     *                key's entry for the rings round the events that break it; or null
     * @param caption the caption's lines (the step's explanation, the verdict), none for no caption
     */
    public static PictureText of(Drawing drawing, Analysis analysis, String title, boolean key, String verdict,
            List<String> caption) {
        List<PictureKey.Entry> entries = !key ? List.of() : PictureKey.of(drawing, analysis).stream()
                .map(e -> e.role() == Role.BROKEN && verdict != null
                        ? new PictureKey.Entry(e.swatch(), e.role(), e.text() + " (" + verdict + ")") : e)
                .toList();
        return new PictureText(title, entries, caption);
    }

    public boolean isEmpty() {
        return title == null && key.isEmpty() && caption.isEmpty();
    }
}
