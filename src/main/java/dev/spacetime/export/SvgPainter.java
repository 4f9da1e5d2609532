package dev.spacetime.export;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Frame;
import dev.spacetime.drawing.LabelSpot;
import dev.spacetime.drawing.Placements;
import dev.spacetime.drawing.PixelShapes;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.Style;
import dev.spacetime.drawing.Subscripts;
import dev.spacetime.drawing.WavePath;
import java.util.Locale;

/**
 * Paints a drawing as a self-contained SVG document: text as text (selectable and searchable), wavy
 * messages as paths, and a {@code <title>} on every event and message so a browser shows its clocks
 * on hover. Same geometry and style as the screen.
 */
public final class SvgPainter {
    private final StringBuilder out = new StringBuilder();
    private final Frame f;
    private final boolean halo; // texts get a rim of background colour, unless the picture has no background
    private final Placements placements;
    private final double k; // texts, lines and dots this many times their plain size

    private SvgPainter(Frame frame, boolean halo, Placements placements) {
        this.f = frame;
        this.halo = halo;
        this.placements = placements;
        this.k = placements.textScale();
    }

    public static String paint(Drawing drawing, ExportOptions options) {
        PictureFrame picture = PictureFrame.of(drawing, options);
        SvgPainter p = new SvgPainter(picture.frame(), !options.transparent(), picture.placements());
        p.document(drawing, picture, options);
        return p.out.toString();
    }

    private void document(Drawing drawing, PictureFrame picture, ExportOptions options) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%s\" height=\"%s\" "
                + "viewBox=\"0 0 %s %s\" font-family=\"%s, sans-serif\">%n", n(picture.width()), n(picture.height()),
                n(picture.width()), n(picture.height()), Style.FONT_FAMILY));
        if (!options.transparent()) {
            out.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(hex(Style.BACKGROUND)).append("\"/>\n");
        }
        for (Shape s : drawing.shapes()) {
            if (s instanceof Shape.Line l) {
                line(l);
            } else if (s instanceof Shape.Wave w) {
                wave(w);
            } else if (s instanceof Shape.Dot d) {
                dot(d);
            } else if (s instanceof Shape.Ring r) {
                out.append(String.format(Locale.ROOT, "<circle class=\"ring %s\" cx=\"%s\" cy=\"%s\" r=\"%s\" "
                        + "fill=\"none\" %s/>%n", css(r.role()), n(f.x(r.x())), n(f.y(r.y())), n(r.radius() * k),
                        stroke(r.role(), false)));
            } else if (s instanceof Shape.Text t) {
                text(t);
            }
        }
        for (MarginLayout.Item item : picture.marginItems()) {
            margin(item);
        }
        out.append("</svg>\n");
    }

    /** A title, caption or key entry in the picture's margin. */
    private void margin(MarginLayout.Item item) {
        if (item instanceof MarginLayout.Words w) {
            out.append(String.format(Locale.ROOT, "<text class=\"margin\" x=\"%s\" y=\"%s\" text-anchor=\"start\" "
                    + "dominant-baseline=\"central\" font-size=\"%s\"%s fill=\"%s\" xml:space=\"preserve\">%s</text>%n",
                    n(w.x()), n(w.y()), n(w.size()), w.bold() ? " font-weight=\"bold\"" : "", Style.hex(w.role()),
                    w.typeset() ? typeset(w.text(), w.size()) : xml(w.text())));
            return;
        }
        MarginLayout.Sample m = (MarginLayout.Sample) item;
        double r = m.size() * 0.4;
        double cx = m.x() + m.width() / 2;
        switch (m.swatch()) {
            case DOT -> out.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\"/>%n",
                    n(cx), n(m.y()), n(r), Style.hex(m.role())));
            case RING -> out.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"none\" "
                    + "stroke=\"%s\" stroke-width=\"2\"/>%n", n(cx), n(m.y()), n(r), Style.hex(m.role())));
            case TEXT -> out.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" text-anchor=\"middle\" "
                    + "dominant-baseline=\"central\" font-size=\"%s\" font-weight=\"bold\" fill=\"%s\">%s</text>%n",
                    n(cx), n(m.y()), n(m.size()), Style.hex(m.role()), typeset("C_i", m.size())));
            default -> {
                String d;
                if (m.swatch() == dev.spacetime.drawing.PictureKey.Swatch.WAVE) {
                    double[] pts = WavePath.points(m.x(), m.y(), m.x() + m.width(), m.y(), PixelShapes.AMPLITUDE,
                            PixelShapes.WAVELENGTH);
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < pts.length; i += 2) {
                        sb.append(i == 0 ? "M" : " L").append(n(pts[i])).append(',').append(n(pts[i + 1]));
                    }
                    d = sb.toString();
                } else {
                    d = "M" + n(m.x()) + "," + n(m.y()) + " L" + n(m.x() + m.width()) + "," + n(m.y());
                }
                boolean dashed = m.swatch() == dev.spacetime.drawing.PictureKey.Swatch.DASHED;
                out.append("<path d=\"").append(d).append("\" fill=\"none\" ")
                        .append(stroke(m.role(), dashed, Math.min(4, Style.lineWidth(m.role()) + 1), 1))
                        .append("/>\n");
            }
        }
    }

    /**
     * A text for an SVG element with its subscripts set (C_P: a smaller P, lowered by dy, which every
     * browser follows, where baseline-shift is not), escaped for XML.
     */
    static String typeset(String text, double size) {
        if (!Subscripts.has(text)) {
            return xml(text);
        }
        StringBuilder sb = new StringBuilder();
        double drop = Subscripts.DROP * size;
        boolean lowered = false;
        for (Subscripts.Run r : Subscripts.runs(text)) {
            if (r.sub()) {
                sb.append("<tspan dy=\"").append(n(drop)).append("\" font-size=\"").append(n(size * Subscripts.SIZE))
                        .append("\">").append(xml(r.text())).append("</tspan>");
                lowered = true;
            } else if (lowered) {
                sb.append("<tspan dy=\"").append(n(-drop)).append("\">").append(xml(r.text())).append("</tspan>");
                lowered = false;
            } else {
                sb.append(xml(r.text()));
            }
        }
        return sb.toString();
    }

    private void line(Shape.Line l) {
        if (l.bowed()) {
            double[] c = l.control();
            out.append(String.format(Locale.ROOT, "<path class=\"%s\" d=\"M%s,%s Q%s,%s %s,%s\" fill=\"none\" %s/>%n",
                    css(l.role()), n(f.x(l.x1())), n(f.y(l.y1())), n(f.x(c[0])), n(f.y(c[1])), n(f.x(l.x2())),
                    n(f.y(l.y2())), stroke(l.role(), l.dashed())));
            return;
        }
        out.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" %s/>%n",
                css(l.role()), n(f.x(l.x1())), n(f.y(l.y1())), n(f.x(l.x2())), n(f.y(l.y2())), stroke(l.role(), l.dashed())));
    }

    private void wave(Shape.Wave w) {
        double x1 = f.x(w.x1());
        double y1 = f.y(w.y1());
        double x2 = f.x(w.x2());
        double y2 = f.y(w.y2());
        double length = Math.hypot(x2 - x1, y2 - y1);
        out.append("<g class=\"").append(css(w.role())).append("\">");
        if (w.title() != null) {
            out.append("<title>").append(xml(w.title())).append("</title>");
        }
        StringBuilder d = new StringBuilder();
        double[] pts = length < PixelShapes.SHORTEST_WAVE ? new double[] {x1, y1, x2, y2}
                : WavePath.points(x1, y1, x2, y2, PixelShapes.AMPLITUDE, PixelShapes.WAVELENGTH);
        for (int i = 0; i < pts.length; i += 2) {
            d.append(i == 0 ? "M" : " L").append(n(pts[i])).append(',').append(n(pts[i + 1]));
        }
        out.append("<path d=\"").append(d).append("\" fill=\"none\" ").append(stroke(w.role(), w.dashed())).append("/>");
        if (w.role() != Role.WITNESS && length > PixelShapes.SHORTEST_ARROW) {
            double[] a = PixelShapes.arrowhead(x1, y1, x2, y2, k);
            out.append(String.format(Locale.ROOT, "<polygon points=\"%s,%s %s,%s %s,%s\" fill=\"%s\"/>", n(a[0]), n(a[1]),
                    n(a[2]), n(a[3]), n(a[4]), n(a[5]), Style.hex(w.role())));
        }
        out.append("</g>\n");
    }

    private void dot(Shape.Dot d) {
        out.append("<circle class=\"event ").append(css(d.role())).append('"');
        if (d.id() != null) {
            out.append(" id=\"event-").append(xml(d.id())).append('"');
        }
        out.append(String.format(Locale.ROOT, " cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\">", n(f.x(d.x())), n(f.y(d.y())),
                n(d.radius() * k), Style.hex(d.role())));
        if (d.title() != null || d.id() != null) {
            out.append("<title>").append(xml(d.title() != null ? d.title() : d.id())).append("</title>");
        }
        out.append("</circle>\n");
    }

    private void text(Shape.Text t) {
        LabelSpot spot = placements.spot(t);
        if (spot == null) {
            return;
        }
        double x = f.x(t.x()) + spot.dx();
        double y = f.y(t.y()) + spot.dy();
        String anchor = switch (spot.align()) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
        // A rim of background round the letters, as on screen, keeps a label near a message readable.
        String rim = halo ? " stroke=\"" + hex(Style.BACKGROUND) + "\" stroke-width=\"" + n(3 * k)
                + "\" stroke-linejoin=\"round\" paint-order=\"stroke\"" : "";
        out.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%s\" y=\"%s\" text-anchor=\"%s\" "
                + "dominant-baseline=\"central\" font-size=\"%s\"%s fill=\"%s\"%s xml:space=\"preserve\">%s</text>%n",
                css(t.role()), n(x), n(y), anchor, n(spot.size()),
                Style.bold(t.role()) ? " font-weight=\"bold\"" : "", Style.hex(t.role()), rim,
                Subscripts.typeset(t.role()) ? typeset(spot.text(), spot.size()) : xml(spot.text())));
    }

    private String stroke(Role role, boolean dashed) {
        return stroke(role, dashed, Style.lineWidth(role) * k, k);
    }

    /** A stroke this wide, dashed with the role's pattern times {@code dashScale}. */
    private static String stroke(Role role, boolean dashed, double width, double dashScale) {
        double k = dashScale;
        StringBuilder sb = new StringBuilder("stroke=\"").append(Style.hex(role)).append("\" stroke-width=\"")
                .append(n(width)).append('"');
        if (dashed) {
            double[] d = Style.dashes(role);
            sb.append(" stroke-dasharray=\"");
            for (int i = 0; i < d.length; i++) {
                sb.append(i == 0 ? "" : ",").append(n(d[i] * k));
            }
            sb.append('"');
        }
        return sb.toString();
    }

    private static String css(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String hex(int rgb) {
        return String.format("#%06x", rgb);
    }

    /** A number with at most two decimals, as short as it can be. */
    static String n(double v) {
        double r = Math.round(v * 100) / 100.0;
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        return String.format(Locale.ROOT, "%.2f", r).replaceAll("0+$", "");
    }

    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    // Control characters other than tab, newline and return are not allowed in XML at all.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
