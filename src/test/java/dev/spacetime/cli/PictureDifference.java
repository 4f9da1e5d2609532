package dev.spacetime.cli;

import java.awt.image.BufferedImage;

/** How different two pictures are: the share of pixels whose colour differs by more than a little. */
final class PictureDifference {
    private PictureDifference() {
    }

    /** 1 when the sizes differ; otherwise the fraction of pixels with some channel off by more than 48. */
    static double fraction(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return 1;
        }
        long off = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 24; shift += 8) {
                    if (Math.abs((p >> shift & 0xff) - (q >> shift & 0xff)) > 48) {
                        off++;
                        break;
                    }
                }
            }
        }
        return off / (double) (a.getWidth() * (long) a.getHeight());
    }
}
