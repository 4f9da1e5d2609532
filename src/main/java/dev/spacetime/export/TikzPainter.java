package dev.spacetime.export;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Frame;
import dev.spacetime.drawing.LabelPlacement;
import dev.spacetime.drawing.LabelSpot;
import dev.spacetime.drawing.Placements;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.Style;
import dev.spacetime.drawing.Subscripts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Paints a drawing as a standalone LaTeX document with one {@code tikzpicture}: a named node per
 * event, messages as snaking arrows between the nodes ({@code decorations.pathmorphing}), readable
 * coordinates in centimetres (40 page units to the centimetre, y pointing up), one style per role so
 * a teacher can restyle by hand, and every label escaped for LaTeX.
 */
public final class TikzPainter {
    /** Page units per centimetre: Figure 1 comes out about 12 cm wide. */
    static final double UNITS_PER_CM = 40;
    /** A centimetre is 28.45 points: a page unit is about 0.71 of a point. */
    static final double POINTS_PER_UNIT = 28.45 / UNITS_PER_CM;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, String> nodeAt = new HashMap<>(); // "x,y" of a dot → its node name
    private final Set<String> names = new HashSet<>();
    private final Placements placements;
    private final Frame f; // page units to picture pixels; 40 of those to the centimetre

    private TikzPainter(Placements placements, Frame frame) {
        this.placements = placements;
        this.f = frame;
    }

    public static String paint(Drawing drawing) {
        return paint(drawing, List.of());
    }

    /** @param margin the title, key and caption, in the plain document's units */
    private static String paint(Drawing drawing, List<MarginLayout.Item> margin) {
        // One page unit comes out about one point wide, as a pixel on screen, and a \small letter about as
        // large as the screen's: labels are placed as for a picture at its natural size.
        TikzPainter p = new TikzPainter(LabelPlacement.place(drawing, 1, 1), new Frame(1, 0, 0));
        p.document(drawing, margin);
        return p.out.toString();
    }

    /**
     * As {@link #paint(Drawing)}, or for a window picture ({@link ExportOptions#window()}) the drawing
     * where the window's frame puts it, a picture pixel to a page unit of the plain document.
     */
    public static String paint(Drawing drawing, ExportOptions options) {
        if (!options.window()) {
            if (options.text().isEmpty()) {
                return paint(drawing);
            }
            // The margins are laid out for the natural picture; the plain document has its page's origin
            // where that picture's frame puts it, one unit a pixel.
            PictureFrame picture = PictureFrame.of(drawing, new ExportOptions(0, 1, false, 1).withText(options.text()));
            Frame f = picture.frame();
            return paint(drawing, shifted(picture.marginItems(), -f.dx(), -f.dy()));
        }
        PictureFrame picture = PictureFrame.of(drawing, options);
        TikzPainter p = new TikzPainter(picture.placements(), picture.frame());
        p.document(drawing, picture.marginItems());
        return p.out.toString();
    }

    private static List<MarginLayout.Item> shifted(List<MarginLayout.Item> items, double dx, double dy) {
        List<MarginLayout.Item> out = new ArrayList<>();
        for (MarginLayout.Item item : items) {
            if (item instanceof MarginLayout.Words w) {
                out.add(new MarginLayout.Words(w.x() + dx, w.y() + dy, w.text(), w.size(), w.bold(), w.role(),
                        w.typeset()));
            } else {
                MarginLayout.Sample m = (MarginLayout.Sample) item;
                out.add(new MarginLayout.Sample(m.swatch(), m.role(), m.x() + dx, m.y() + dy, m.width(), m.size()));
            }
        }
        return out;
    }

    private void document(Drawing drawing, List<MarginLayout.Item> margin) {
        Set<Role> used = EnumSet.noneOf(Role.class);
        drawing.shapes().forEach(s -> used.add(s.role()));
        for (MarginLayout.Item item : margin) {
            used.add(item instanceof MarginLayout.Words w ? w.role() : ((MarginLayout.Sample) item).role());
        }
        double[] page = drawing.bounds();
        double[] b = {f.x(page[0]), f.y(page[1]), f.x(page[2]), f.y(page[3])};
        // Paper for the fallback below: the picture plus room for labels, in centimetres; a \small
        // character is taken as 0.19 cm wide, enough for the labels beside the last process.
        double reach = (b[2] - b[0]) / UNITS_PER_CM + 4;
        for (Shape s : drawing.shapes()) {
            if (s instanceof Shape.Text t && placements.spot(t) != null) {
                reach = Math.max(reach, (placements.spot(t).box(f.x(t.x()), f.y(t.y()))[2] - b[0]) / UNITS_PER_CM + 0.5);
            }
        }
        String paperWidth = cm(reach + 2);
        String paperHeight = cm((b[3] - b[1]) / UNITS_PER_CM + 4);
        out.append("% Made by Spacetime. Compile with pdflatex.\n");
        out.append("% The standalone class crops the page to the picture; without it, a page of the picture's size.\n");
        out.append("\\IfFileExists{standalone.cls}{\\documentclass[tikz,border=6pt]{standalone}}{%\n");
        out.append("  \\documentclass{article}\\usepackage[paperwidth=").append(paperWidth).append("cm,paperheight=")
                .append(paperHeight).append("cm,margin=1cm]{geometry}\\pagestyle{empty}\\usepackage{tikz}}\n");
        out.append("\\usepackage[T1]{fontenc}\n\\usepackage{amssymb}\n");
        out.append("\\usetikzlibrary{decorations.pathmorphing,arrows.meta}\n");
        for (Role r : used) {
            out.append("\\definecolor{").append(colour(r)).append("}{HTML}{")
                    .append(String.format("%06X", Style.rgb(r))).append("}\n");
        }
        out.append("\\begin{document}\n\\begin{tikzpicture}[\n");
        out.append("    event/.style={circle, fill=#1, inner sep=0pt, minimum size=2.5mm},\n");
        out.append("    message/.style={draw=#1, -{Stealth[length=2.5mm]}, line width=0.7pt, decorate,\n");
        out.append("        decoration={snake, amplitude=0.5mm, segment length=2.2mm, post length=2.5mm}},\n");
        out.append("    process/.style={draw=#1, line width=1pt},\n");
        // A half-white ground behind each label, as the screen's rim of background, keeps a label over a message readable.
        out.append("    label/.style={font=\\small, text=#1, inner sep=1pt, fill=white, fill opacity=0.8, text opacity=1},\n");
        out.append("]\n");
        for (Shape s : drawing.shapes()) {
            if (s instanceof Shape.Dot d) {
                dot(d);
            }
        }
        for (Shape s : drawing.shapes()) {
            if (s instanceof Shape.Line l) {
                line(l);
            } else if (s instanceof Shape.Wave w) {
                wave(w);
            } else if (s instanceof Shape.Ring r) {
                out.append("  \\draw[").append(colour(r.role())).append(", line width=1pt] ").append(point(r.x(), r.y()))
                        .append(" circle[radius=").append(cm(r.radius() / UNITS_PER_CM)).append("];\n");
            } else if (s instanceof Shape.Text t) {
                text(t);
            }
        }
        for (MarginLayout.Item item : margin) {
            margin(item);
        }
        out.append("\\end{tikzpicture}\n\\end{document}\n");
    }

    private void dot(Shape.Dot d) {
        String name = nodeName(d.id());
        nodeAt.put(key(d.x(), d.y()), name);
        out.append("  \\node[event=").append(colour(d.role())).append("] (").append(name).append(") at ")
                .append(point(d.x(), d.y())).append(" {};\n");
    }

    private void line(Shape.Line l) {
        String style = l.role().processLine() ? "process=" + colour(l.role())
                + (l.role() == Role.SELECTED_PROCESS ? ", line width=2pt" : "")
                : "draw=" + colour(l.role()) + ", line width=" + (l.role() == Role.WITNESS ? "2.5pt, opacity=0.6" : "0.6pt")
                        + (l.dashed() ? dashes(l.role()) : "");
        out.append("  \\draw[").append(style).append("] ").append(end(l.x1(), l.y1()));
        if (l.bowed()) {
            // TikZ's curves are cubic: a quadratic's two cubic control points are two thirds of the way to its one.
            double[] c = l.control();
            out.append(" .. controls ").append(point(l.x1() + (c[0] - l.x1()) * 2 / 3, l.y1() + (c[1] - l.y1()) * 2 / 3))
                    .append(" and ").append(point(l.x2() + (c[0] - l.x2()) * 2 / 3, l.y2() + (c[1] - l.y2()) * 2 / 3))
                    .append(" .. ");
        } else {
            out.append(" -- ");
        }
        out.append(end(l.x2(), l.y2())).append(";\n");
    }

    private void wave(Shape.Wave w) {
        String style = w.role() == Role.WITNESS
                ? "draw=" + colour(w.role()) + ", line width=2.5pt, opacity=0.6, decorate, decoration={snake, amplitude=0.5mm, segment length=2.2mm}"
                : "message=" + colour(w.role()) + (w.role() == Role.SELECTED_MESSAGE ? ", line width=1.4pt" : "")
                        + (w.dashed() ? ", dashed" : "");
        out.append("  \\draw[").append(style).append("] ").append(end(w.x1(), w.y1())).append(" -- ")
                .append(end(w.x2(), w.y2())).append(";");
        if (w.title() != null) {
            out.append(" % ").append(w.title().replace('\n', ' '));
        }
        out.append('\n');
    }

    private void text(Shape.Text t) {
        LabelSpot spot = placements.spot(t);
        if (spot == null) {
            return;
        }
        String anchor = switch (spot.align()) {
            case START -> "west";
            case MIDDLE -> "center";
            case END -> "east";
        };
        out.append("  \\node[label=").append(colour(t.role())).append(", anchor=").append(anchor)
                .append(Style.bold(t.role()) ? ", font=\\bfseries" : "").append("] at ")
                .append(pixel(f.x(t.x()) + spot.dx(), f.y(t.y()) + spot.dy())).append(" {")
                .append(Subscripts.typeset(t.role()) ? typeset(spot.text()) : LatexText.escape(spot.text()))
                .append("};\n");
    }

    /** A title, caption or key entry in the picture's margin, at its size in points (a unit is about a point). */
    private void margin(MarginLayout.Item item) {
        if (item instanceof MarginLayout.Words w) {
            double pt = w.size() * POINTS_PER_UNIT;
            out.append("  \\node[text=").append(colour(w.role())).append(", inner sep=0pt, anchor=west, font=\\fontsize{")
                    .append(cm(pt)).append("}{").append(cm(pt * 1.2)).append("}\\selectfont")
                    .append(w.bold() ? "\\bfseries" : "").append("] at ").append(pixel(w.x(), w.y()))
                    .append(" {").append(w.typeset() ? typeset(w.text()) : LatexText.escape(w.text())).append("};\n");
            return;
        }
        MarginLayout.Sample m = (MarginLayout.Sample) item;
        String c = colour(m.role());
        double cx = m.x() + m.width() / 2;
        String radius = cm(m.size() * 0.4 / UNITS_PER_CM);
        switch (m.swatch()) {
            case DOT -> out.append("  \\fill[").append(c).append("] ").append(pixel(cx, m.y())).append(" circle[radius=")
                    .append(radius).append("];\n");
            case RING -> out.append("  \\draw[").append(c).append(", line width=1pt] ").append(pixel(cx, m.y()))
                    .append(" circle[radius=").append(radius).append("];\n");
            case TEXT -> out.append("  \\node[text=").append(c).append(", inner sep=0pt, font=\\small\\bfseries] at ")
                    .append(pixel(cx, m.y())).append(" {").append(typeset("C_i")).append("};\n");
            default -> out.append("  \\draw[draw=").append(c).append(", line width=1pt")
                    .append(m.swatch() == dev.spacetime.drawing.PictureKey.Swatch.DASHED ? dashes(m.role()) : "")
                    .append(m.swatch() == dev.spacetime.drawing.PictureKey.Swatch.WAVE
                            ? ", decorate, decoration={snake, amplitude=0.5mm, segment length=2.2mm}" : "")
                    .append("] ").append(pixel(m.x(), m.y())).append(" -- ").append(pixel(m.x() + m.width(), m.y()))
                    .append(";\n");
        }
    }

    /**
     * A text for LaTeX with the paper's subscripts set: C_P as {@code $C_{P}$}, a name LaTeX's math
     * cannot take (letters beyond ASCII) as a text subscript.
     */
    static String typeset(String text) {
        if (!Subscripts.has(text)) {
            return LatexText.escape(text);
        }
        StringBuilder sb = new StringBuilder();
        List<Subscripts.Run> runs = Subscripts.runs(text);
        for (int i = 0; i < runs.size(); i++) {
            Subscripts.Run r = runs.get(i);
            if (i + 1 < runs.size() && runs.get(i + 1).sub()) {
                String base = r.text().substring(0, r.text().length() - 1);
                char letter = r.text().charAt(r.text().length() - 1);
                String sub = runs.get(i + 1).text();
                sb.append(LatexText.escape(base));
                sb.append(sub.matches("[A-Za-z0-9]+") ? "$" + letter + "_{" + sub + "}$"
                        : letter + "\\textsubscript{" + LatexText.escape(sub) + "}");
                i++;
            } else {
                sb.append(LatexText.escape(r.text()));
            }
        }
        return sb.toString();
    }

    /** A named node when a dot is there (so messages read "(p1) -- (q2)"), else coordinates. */
    private String end(double x, double y) {
        String name = nodeAt.get(key(x, y));
        return name != null ? "(" + name + ")" : point(x, y);
    }

    private String point(double x, double y) {
        return pixel(f.x(x), f.y(y));
    }

    private static String pixel(double x, double y) {
        return "(" + cm(x / UNITS_PER_CM) + "," + cm(-y / UNITS_PER_CM) + ")";
    }

    private static String cm(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.equals("-0.00") ? "0.00" : s;
    }

    private static String key(double x, double y) {
        return Math.round(x * 100) + "," + Math.round(y * 100);
    }

    /** A TikZ node name: letters, digits and hyphens, unique within the picture. */
    private String nodeName(String id) {
        String base = id == null ? "e" : id.replaceAll("[^A-Za-z0-9]+", "-");
        if (base.isEmpty()) {
            base = "e";
        }
        String name = base;
        for (int k = 2; !names.add(name); k++) {
            name = base + "-" + k;
        }
        return name;
    }

    /** TikZ's dashes for a dashed line of this role: an anomaly's dash-dot keeps it apart from the dotted pair lines. */
    private static String dashes(Role role) {
        return role == Role.ANOMALY ? ", dash dot" : ", dashed";
    }

    private static String colour(Role role) {
        return "st" + role.name().toLowerCase(Locale.ROOT).replace("_", "");
    }
}
