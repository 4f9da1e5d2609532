package dev.spacetime.awtpaint;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an image as a PNG file (8-bit RGB, or RGBA when it may be see-through) with the JDK's
 * Deflater: ImageIO's PNG writer costs a command line about a tenth of a second of start-up (its
 * service registry and plug-in classes) before the first byte, several times what a picture takes
 * to compress. Each row is filtered by its difference from the row above ("Up"), which suits the
 * long straight lines of a diagram.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** How many bytes of compressed pixels go in one IDAT chunk. */
    private static final int CHUNK = 1 << 16;

    private PngEncoder() {
    }

    /** @param alpha whether to keep each pixel's opacity (a transparent picture), else colour only */
    static void write(BufferedImage image, boolean alpha, OutputStream out) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        DataOutputStream data = new DataOutputStream(out);
        data.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream hd = new DataOutputStream(header);
        hd.writeInt(w);
        hd.writeInt(h);
        hd.writeByte(8); // bits per channel
        hd.writeByte(alpha ? 6 : 2); // RGBA or RGB
        hd.writeByte(0); // deflate
        hd.writeByte(0); // adaptive filtering, one filter byte a row
        hd.writeByte(0); // not interlaced
        chunk(data, "IHDR", header.toByteArray(), header.size());
        int channels = alpha ? 4 : 3;
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (DeflaterOutputStream pixels = new DeflaterOutputStream(new IdatChunks(data), deflater, CHUNK)) {
            int[] argb = new int[w];
            byte[] above = new byte[w * channels];
            byte[] row = new byte[w * channels];
            byte[] filtered = new byte[w * channels + 1];
            filtered[0] = 2; // Up
            for (int y = 0; y < h; y++) {
                image.getRGB(0, y, w, 1, argb, 0, w);
                for (int x = 0, i = 0; x < w; x++) {
                    int p = argb[x];
                    row[i++] = (byte) (p >> 16);
                    row[i++] = (byte) (p >> 8);
                    row[i++] = (byte) p;
                    if (alpha) {
                        row[i++] = (byte) (p >>> 24);
                    }
                }
                for (int i = 0; i < row.length; i++) {
                    filtered[i + 1] = (byte) (row[i] - above[i]);
                }
                pixels.write(filtered);
                byte[] swap = above;
                above = row;
                row = swap;
            }
        } finally {
            deflater.end();
        }
        chunk(data, "IEND", new byte[0], 0);
        data.flush();
    }

    private static void chunk(DataOutputStream out, String type, byte[] body, int length) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body, 0, length);
        out.writeInt(length);
        out.write(name);
        out.write(body, 0, length);
        out.writeInt((int) crc.getValue());
    }

    /** Compressed pixels cut into IDAT chunks as they come; closing it leaves the file open for IEND. */
    private static final class IdatChunks extends OutputStream {
        private final DataOutputStream out;
        private final byte[] buffer = new byte[CHUNK];
        private int filled;

        IdatChunks(DataOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, buffer.length - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
                if (filled == buffer.length) {
                    emit();
                }
            }
        }

        @Override
        public void close() throws IOException {
            emit();
        }

        private void emit() throws IOException {
            if (filled > 0) {
                chunk(out, "IDAT", buffer, filled);
                filled = 0;
            }
        }
    }
}
