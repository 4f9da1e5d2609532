package dev.spacetime.awtpaint;

import java.awt.image.BufferedImage;

/**
 * How well two pictures of the same drawing agree, by their ink: of the inked pixels of one (some
 * channel darker than the background by more than a third of its range, over white), the share that
 * have an inked pixel of the other within {@code reach} pixels in x and y. Two rasterisers put the
 * same line or letter's antialiased edge a pixel apart and shape glyphs a little differently, which
 * the reach forgives; a shape missing, misplaced or drawn in another width leaves its pixels with no
 * partner, which it does not.
 */
final class InkDistance {
    private InkDistance() {
    }

    /** The share of {@code a}'s inked pixels with an inked pixel of {@code b} within {@code reach}; 1 when a has no ink. */
    static double matched(BufferedImage a, BufferedImage b, int reach) {
        boolean[][] inkB = ink(b);
        boolean[][] inkA = ink(a);
        long inked = 0;
        long near = 0;
        for (int y = 0; y < inkA.length; y++) {
            for (int x = 0; x < inkA[y].length; x++) {
                if (inkA[y][x]) {
                    inked++;
                    if (hasNear(inkB, x, y, reach)) {
                        near++;
                    }
                }
            }
        }
        return inked == 0 ? 1 : near / (double) inked;
    }

    /** How many pixels are inked. */
    static long inked(BufferedImage image) {
        long n = 0;
        for (boolean[] row : ink(image)) {
            for (boolean p : row) {
                n += p ? 1 : 0;
            }
        }
        return n;
    }

    private static boolean hasNear(boolean[][] ink, int x, int y, int reach) {
        for (int v = Math.max(0, y - reach); v <= Math.min(ink.length - 1, y + reach); v++) {
            for (int u = Math.max(0, x - reach); u <= Math.min(ink[v].length - 1, x + reach); u++) {
                if (ink[v][u]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean[][] ink(BufferedImage image) {
        boolean[][] ink = new boolean[image.getHeight()][image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int alpha = p >>> 24;
                // Over white, as the picture is seen: a see-through pixel shows the page.
                int darkest = 255;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int c = (p >> shift) & 0xff;
                    darkest = Math.min(darkest, (c * alpha + 255 * (255 - alpha)) / 255);
                }
                ink[y][x] = darkest < 255 - 85;
            }
        }
        return ink;
    }
}
