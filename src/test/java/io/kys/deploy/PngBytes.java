package io.kys.deploy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * PNG files byte by byte, for tests: any bit depth and colour type, and headers that declare
 * what the data does not hold (a 20000 x 20000 image in a few hundred bytes).
 */
final class PngBytes {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngBytes() { }

    /**
     * A PNG of {@code width x height} with {@code colorType} (0 gray, 2 RGB, 3 palette) at
     * {@code bitDepth}, whose IDAT holds {@code raw} (filter bytes included), compressed.
     */
    static byte[] png(int width, int height, int bitDepth, int colorType, byte[] palette, byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SIGNATURE);
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(width).putInt(height).put((byte) bitDepth).put((byte) colorType).put((byte) 0).put((byte) 0)
                .put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        if (palette != null) {
            chunk(out, "PLTE", palette);
        }
        chunk(out, "IDAT", deflate(raw));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** Raw scanlines (filter type 0) of an image with {@code bytesPerRow} bytes of random samples per row. */
    static byte[] scanlines(int height, int bytesPerRow, java.util.Random random) {
        byte[] raw = new byte[height * (bytesPerRow + 1)];
        for (int y = 0; y < height; y++) {
            raw[y * (bytesPerRow + 1)] = 0;
            for (int x = 1; x <= bytesPerRow; x++) {
                raw[y * (bytesPerRow + 1) + x] = (byte) random.nextInt(256);
            }
        }
        return raw;
    }

    /** Offset just past the end of the last IDAT chunk's data (where a truncation leaves pixels missing). */
    static int idatEnd(byte[] png) {
        int end = SIGNATURE.length;
        int p = SIGNATURE.length;
        while (p + 8 <= png.length) {
            int length = ByteBuffer.wrap(png, p, 4).getInt();
            String type = new String(png, p + 4, 4, StandardCharsets.US_ASCII);
            if (type.equals("IDAT")) {
                end = p + 8 + length;
            }
            p += 12 + length;
        }
        return end;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] deflate(byte[] raw) {
        Deflater d = new Deflater();
        d.setInput(raw);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }
}
