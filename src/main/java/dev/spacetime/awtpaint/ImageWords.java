package dev.spacetime.awtpaint;

import dev.spacetime.drawing.LabelSpot;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Subscripts;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.List;

/**
 * A line of text set into an image as the screen sets it: its middle at y, lined up at x, and, when
 * it is the program's own (a clock register, a key), with the paper's subscripts (C_P: a smaller P,
 * lowered) set run by run from the left, each run as wide as its font draws it.
 */
final class ImageWords {
    private ImageWords() {
    }

    /**
     * Draws the text in {@code role}'s colour and font at {@code size}; with {@code rim} (or null)
     * first strokes the letters' outlines in the background colour, keeping them readable over lines.
     */
    static void draw(Graphics2D g, String text, double x, double y, LabelSpot.Align align, double size, Role role,
            boolean typeset, Stroke rim) {
        List<Subscripts.Run> runs = typeset ? Subscripts.runs(text) : List.of(new Subscripts.Run(text, false));
        FontRenderContext frc = g.getFontRenderContext();
        double width = 0;
        for (Subscripts.Run r : runs) {
            width += advance(r.text(), font(role, size, r), frc);
        }
        double left = switch (align) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        Color ink = ImageTheme.colour(role);
        for (Subscripts.Run r : runs) {
            Font font = font(role, size, r);
            double middle = r.sub() ? y + size * Subscripts.DROP : y;
            LineMetrics m = font.getLineMetrics(r.text(), frc);
            // The baseline that puts the middle of the font's line (ascent over descent) at the given height.
            float baseline = (float) (middle + (m.getAscent() - m.getDescent()) / 2);
            if (rim != null && !r.text().isEmpty()) {
                g.setColor(ImageTheme.BACKGROUND);
                g.setStroke(rim);
                g.draw(font.createGlyphVector(frc, r.text()).getOutline((float) left, baseline));
            }
            g.setColor(ink);
            g.setFont(font);
            g.drawString(r.text(), (float) left, baseline);
            left += advance(r.text(), font, frc);
        }
    }

    private static Font font(Role role, double size, Subscripts.Run run) {
        return ImageTheme.font(role, run.sub() ? size * Subscripts.SIZE : size);
    }

    /** How far the font advances over the text, so a long caption's runs meet without a gap. */
    private static double advance(String text, Font font, FontRenderContext frc) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, frc).getWidth();
    }
}
