package dev.spacetime.cli;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.export.LatexText;
import dev.spacetime.export.TikzPainter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A worksheet or its key as one LaTeX document, one exercise a page: each page a heading, its text and
 * the exercise's TikZ picture, shrunk to fit the page when it is larger. Compiles with pdflatex.
 */
final class WorksheetTex {
    /** Room for a picture on an A4 page with 2 cm margins, below a heading and a question, in centimetres. */
    private static final double ROOM_WIDE = 16.5;
    private static final double ROOM_HIGH = 18;
    /** Picture units to the centimetre, as the TikZ painter draws them. */
    private static final double UNITS_PER_CM = 40;

    /** One page: a heading, paragraphs above the picture, the picture, and list items below it. */
    record Page(String heading, List<String> above, Drawing picture, List<String> below) {
    }

    private WorksheetTex() {
    }

    static String document(List<Page> pages, boolean nameLine) {
        Set<String> colours = new TreeSet<>();
        StringBuilder body = new StringBuilder();
        for (Page page : pages) {
            String tex = TikzPainter.paint(page.picture());
            tex.lines().filter(l -> l.startsWith("\\definecolor")).forEach(colours::add);
            String picture = tex.substring(tex.indexOf("\\begin{tikzpicture}"),
                    tex.indexOf("\\end{tikzpicture}") + "\\end{tikzpicture}".length());
            body.append("\\section*{").append(LatexText.escape(page.heading())).append("}\n");
            if (nameLine) {
                body.append("Name: \\rule{7cm}{0.4pt}\\par\\medskip\n");
            }
            for (String line : page.above()) {
                body.append(LatexText.escape(line)).append("\\par\\smallskip\n");
            }
            body.append("\\begin{center}\n\\scalebox{").append(String.format(Locale.ROOT, "%.3f", scale(page.picture())))
                    .append("}{%\n").append(picture).append("}\n\\end{center}\n");
            if (!page.below().isEmpty()) {
                body.append("\\begin{itemize}\\small\n");
                for (String line : page.below()) {
                    body.append("\\item ").append(LatexText.escape(line)).append('\n');
                }
                body.append("\\end{itemize}\n");
            }
            body.append("\\newpage\n");
        }
        StringBuilder out = new StringBuilder();
        out.append("% Made by Spacetime (spacetime exercise). Compile with pdflatex.\n");
        out.append("\\documentclass[a4paper,11pt]{article}\n\\usepackage[margin=2cm]{geometry}\n");
        out.append("\\usepackage[T1]{fontenc}\n\\usepackage{amssymb}\n\\usepackage{graphicx}\n\\usepackage{tikz}\n");
        out.append("\\usetikzlibrary{decorations.pathmorphing,arrows.meta}\n");
        out.append("\\pagestyle{empty}\n\\setlength{\\parindent}{0pt}\n");
        colours.forEach(c -> out.append(c).append('\n'));
        out.append("\\begin{document}\n").append(body).append("\\end{document}\n");
        return out.toString();
    }

    /** Shrinks a picture larger than the page's room; never enlarges one. Labels reach about 4 cm past the last process. */
    private static double scale(Drawing d) {
        double[] b = d.bounds();
        double wide = (b[2] - b[0]) / UNITS_PER_CM + 4;
        double high = (b[3] - b[1]) / UNITS_PER_CM + 1;
        return Math.min(1, Math.min(ROOM_WIDE / wide, ROOM_HIGH / high));
    }
}
