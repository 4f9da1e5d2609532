package dev.spacetime.export;

import dev.spacetime.drawing.PictureKey;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Subscripts;
import dev.spacetime.drawing.TextMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a picture's title, key and caption go, in picture pixels: the title and the key in a band
 * above the diagram, the caption in a band below it, each wrapped to the picture's width. The
 * picture's frame makes room for the bands, so nothing here covers the diagram. Every painter
 * paints these same items.
 */
public final class MarginLayout {
    /** Room between the picture's edge and the text, in pixels at normal text size. */
    static final double PAD = 12;
    static final double TITLE = 16;
    static final double KEY = 12;
    static final double CAPTION = 13;
    /** How long a key entry's sample of line, wave or dot is. */
    static final double SAMPLE = 22;

    /** Something painted in a margin. */
    public sealed interface Item {
    }

    /**
     * Words starting at x, their middle at y, in the role's colour; {@code typeset} when their
     * subscripts (C_P) are set as subscripts.
     */
    public record Words(double x, double y, String text, double size, boolean bold, Role role, boolean typeset)
            implements Item {
    }

    /** A key entry's sample of a mark, from x to x + width, its middle at y. */
    public record Sample(PictureKey.Swatch swatch, Role role, double x, double y, double width, double size)
            implements Item {
    }

    private final List<Item> top;
    private final List<Item> bottom;
    private final double topHeight;
    private final double bottomHeight;

    private MarginLayout(List<Item> top, double topHeight, List<Item> bottom, double bottomHeight) {
        this.top = top;
        this.topHeight = topHeight;
        this.bottom = bottom;
        this.bottomHeight = bottomHeight;
    }

    /** No margin text at all. */
    public static final MarginLayout NONE = new MarginLayout(List.of(), 0, List.of(), 0);

    /** The bands for a picture {@code width} pixels wide, texts {@code k} times their normal size. */
    public static MarginLayout of(PictureText text, double width, double k) {
        if (text.isEmpty()) {
            return NONE;
        }
        double pad = PAD * k;
        double room = Math.max(120, width - 2 * pad);
        List<Item> top = new ArrayList<>();
        double y = 0;
        if (text.title() != null) {
            double size = TITLE * k;
            for (String line : wrap(text.title(), size, true, room)) {
                y += TextMetrics.height(size);
                top.add(new Words(pad, y - TextMetrics.height(size) / 2, line, size, true, Role.PROCESS_NAME, false));
            }
            y += 4 * k;
        }
        if (!text.key().isEmpty()) {
            double size = KEY * k;
            double row = TextMetrics.height(size) + 4 * k;
            double x = pad;
            y += row;
            for (PictureKey.Entry e : text.key()) {
                double w = SAMPLE * k + 6 * k + Subscripts.width(e.text(), size, false);
                if (x > pad && x + w > pad + room) {
                    x = pad;
                    y += row;
                }
                double mid = y - row / 2;
                top.add(new Sample(e.swatch(), e.role(), x, mid, SAMPLE * k, size));
                top.add(new Words(x + SAMPLE * k + 6 * k, mid, e.text(), size, false, Role.EVENT_LABEL, true));
                x += w + 16 * k;
            }
        }
        double topHeight = top.isEmpty() ? 0 : y + pad;
        List<Item> bottom = new ArrayList<>();
        double by = 0;
        if (!text.caption().isEmpty()) {
            double size = CAPTION * k;
            by = pad / 2;
            for (String paragraph : text.caption()) {
                for (String line : wrap(paragraph, size, false, room)) {
                    by += TextMetrics.height(size);
                    bottom.add(new Words(pad, by - TextMetrics.height(size) / 2, line, size, false, Role.EVENT_LABEL, true));
                }
            }
            by += pad;
        }
        return new MarginLayout(List.copyOf(top), topHeight, List.copyOf(bottom), by);
    }

    /** The band's height above the diagram. */
    public double top() {
        return topHeight;
    }

    /** The band's height below the diagram. */
    public double bottom() {
        return bottomHeight;
    }

    /** Every item, placed in a picture {@code height} pixels tall (the caption at its foot). */
    public List<Item> items(double height) {
        List<Item> out = new ArrayList<>(top);
        double shift = height - bottomHeight;
        for (Item item : bottom) {
            Words w = (Words) item;
            out.add(new Words(w.x(), w.y() + shift, w.text(), w.size(), w.bold(), w.role(), w.typeset()));
        }
        return out;
    }

    /** The text in lines no wider than {@code room}, broken between words (a word longer than a line has one to itself). */
    static List<String> wrap(String text, double size, boolean bold, double room) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && Subscripts.width(tried, size, bold) > room) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
