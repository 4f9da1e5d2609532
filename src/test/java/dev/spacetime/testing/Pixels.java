package dev.spacetime.testing;

import javafx.scene.image.Image;
import javafx.scene.paint.Color;

/** Reading back what was painted: colours near enough to count as the same, and how many pixels have one. */
public final class Pixels {
    private Pixels() {
    }

    /** Whether two colours differ by less than an eighth in each channel (antialiasing and blending aside). */
    public static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.12 && Math.abs(a.getGreen() - b.getGreen()) < 0.12
                && Math.abs(a.getBlue() - b.getBlue()) < 0.12;
    }

    /** How many pixels of the image are close to the colour. */
    public static int count(Image image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (close(image.getPixelReader().getColor(x, y), colour)) {
                    n++;
                }
            }
        }
        return n;
    }
}
