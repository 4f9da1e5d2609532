package dev.spacetime.awtpaint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PNG encoder's files read back with ImageIO pixel for pixel, opaque and see-through, small and many chunks long. */
class PngEncoderTest {
    @ParameterizedTest(name = "{0}×{1}, alpha {2}")
    @CsvSource({"1, 1, false", "1, 1, true", "37, 5, false", "300, 200, true", "640, 480, false", "700, 500, true"})
    void readsBackPixelForPixel(int w, int h, boolean alpha) throws Exception {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Random random = new Random(w * 31L + h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // Noise in part (it compresses badly, so a big one spans several chunks) and flat runs elsewhere.
                int rgb = x < w / 2 ? random.nextInt() : (y * 7 + x) % 3 == 0 ? 0xff000000 : 0xffffffff;
                image.setRGB(x, y, alpha ? rgb : rgb | 0xff000000);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PngEncoder.write(image, alpha, bytes);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(w, read.getWidth());
        assertEquals(h, read.getHeight());
        assertEquals(alpha, read.getColorModel().hasAlpha());
        assertArrayEquals(image.getRGB(0, 0, w, h, null, 0, w), read.getRGB(0, 0, w, h, null, 0, w));
    }
}
