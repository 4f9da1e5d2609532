package dev.spacetime.app;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.WavePath;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints a drawing onto a JavaFX canvas, scaled and shifted from page units to pixels. Lines and
 * waves keep their pixel width and text its point size whatever the zoom.
 */
final class CanvasPainter {
    /** Pixels between a point and the text placed beside it. */
    private static final double GAP = 9;

    private final GraphicsContext gc;
    private final double scale;
    private final double dx;
    private final double dy;

    /** Pixels = page units × scale + (dx, dy). */
    CanvasPainter(GraphicsContext gc, double scale, double dx, double dy) {
        this.gc = gc;
        this.scale = scale;
        this.dx = dx;
        this.dy = dy;
    }

    void paint(Drawing drawing, double width, double height) {
        gc.save();
        gc.setFill(Theme.BACKGROUND);
        gc.fillRect(0, 0, width, height);
        for (Shape shape : drawing.shapes()) {
            gc.save();
            if (shape instanceof Shape.Line line) {
                line(line);
            } else if (shape instanceof Shape.Wave wave) {
                wave(wave);
            } else if (shape instanceof Shape.Dot dot) {
                dot(dot);
            } else if (shape instanceof Shape.Text text) {
                text(text);
            }
            gc.restore();
        }
        gc.restore();
    }

    private double px(double x) {
        return x * scale + dx;
    }

    private double py(double y) {
        return y * scale + dy;
    }

    private void line(Shape.Line line) {
        gc.setStroke(Theme.colour(line.role()));
        gc.setLineWidth(Theme.lineWidth(line.role()));
        if (line.dashed()) {
            gc.setLineDashes(8, 6);
        }
        gc.strokeLine(px(line.x1()), py(line.y1()), px(line.x2()), py(line.y2()));
    }

    private void wave(Shape.Wave wave) {
        double x1 = px(wave.x1());
        double y1 = py(wave.y1());
        double x2 = px(wave.x2());
        double y2 = py(wave.y2());
        double[] pts = WavePath.points(x1, y1, x2, y2, 4, 18);
        gc.setStroke(Theme.colour(wave.role()));
        gc.setFill(Theme.colour(wave.role()));
        gc.setLineWidth(Theme.lineWidth(wave.role()));
        if (wave.dashed()) {
            gc.setLineDashes(7, 5);
        }
        gc.beginPath();
        gc.moveTo(pts[0], pts[1]);
        for (int i = 2; i < pts.length; i += 2) {
            gc.lineTo(pts[i], pts[i + 1]);
        }
        gc.stroke();
        arrowhead(x1, y1, x2, y2);
    }

    /** A filled arrowhead whose tip stops at the rim of the receive event's dot. */
    private void arrowhead(double x1, double y1, double x2, double y2) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (length < 1) {
            return;
        }
        double ux = (x2 - x1) / length;
        double uy = (y2 - y1) / length;
        double tipX = x2 - ux * 6;
        double tipY = y2 - uy * 6;
        double back = 11;
        double half = 4.5;
        gc.setLineDashes();
        gc.fillPolygon(
                new double[] {tipX, tipX - ux * back - uy * half, tipX - ux * back + uy * half},
                new double[] {tipY, tipY - uy * back + ux * half, tipY - uy * back - ux * half}, 3);
    }

    private void dot(Shape.Dot dot) {
        double r = Math.max(3, dot.radius());
        gc.setFill(Theme.colour(dot.role()));
        gc.fillOval(px(dot.x()) - r, py(dot.y()) - r, 2 * r, 2 * r);
    }

    private void text(Shape.Text text) {
        boolean name = text.role() == dev.spacetime.drawing.Role.PROCESS_NAME;
        gc.setFont(Font.font("DejaVu Sans", name ? FontWeight.BOLD : FontWeight.NORMAL, Theme.fontSize(text.role())));
        gc.setFill(Theme.colour(text.role()));
        double x = px(text.x());
        double y = py(text.y());
        switch (text.anchor()) {
            case LEFT -> { gc.setTextAlign(TextAlignment.LEFT); gc.setTextBaseline(VPos.CENTER); x += GAP; }
            case RIGHT -> { gc.setTextAlign(TextAlignment.RIGHT); gc.setTextBaseline(VPos.CENTER); x -= GAP; }
            case CENTER -> { gc.setTextAlign(TextAlignment.CENTER); gc.setTextBaseline(VPos.CENTER); }
            case BELOW -> { gc.setTextAlign(TextAlignment.CENTER); gc.setTextBaseline(VPos.TOP); y += GAP; }
            case ABOVE -> { gc.setTextAlign(TextAlignment.CENTER); gc.setTextBaseline(VPos.BOTTOM); y -= GAP; }
        }
        gc.fillText(text.text(), x, y);
    }
}
