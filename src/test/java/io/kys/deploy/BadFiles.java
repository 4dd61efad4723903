package io.kys.deploy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Generates the hostile and awkward files a folder of "images" holds in practice, seeded so the
 * same files come out every time: truncated PNG, JPEG, BMP and TIFF files, empty files, text and
 * random bytes with image extensions, decompression bombs (PNG, JPEG and BMP headers declaring
 * 20000 x 20000), and valid but unusual images (16-bit, palette, 1 x 1) that must be scored.
 */
final class BadFiles {
    /** What scoring a file must give. */
    enum Expect {
        /** A row with a reason. */
        REASON,
        /** A scored row. */
        SCORED
    }

    /**
     * One generated file.
     *
     * @param path where it was written
     * @param kind what it is, for messages
     * @param expect what scoring must give
     */
    record File(Path path, String kind, Expect expect) { }

    private interface Maker {
        byte[] make(Random random) throws IOException;
    }

    private record Kind(String name, String extension, Expect expect, Maker maker) { }

    private static final List<Kind> KINDS = List.of(
            new Kind("truncated gray PNG", "png", Expect.REASON, r -> truncatedPng(r, 0)),
            new Kind("truncated RGB PNG", "png", Expect.REASON, r -> truncatedPng(r, 2)),
            new Kind("truncated JPEG", "jpg", Expect.REASON, r -> cut(encode(photo(r, 64, 48), "jpeg"), r, 0.2, 0.9)),
            new Kind("truncated BMP", "bmp", Expect.REASON, r -> cut(encode(photo(r, 40, 30), "bmp"), r, 0.1, 0.8)),
            new Kind("truncated TIFF", "tif", Expect.REASON, r -> cut(encode(photo(r, 40, 30), "tiff"), r, 0.1, 0.8)),
            new Kind("zero bytes", "png", Expect.REASON, r -> new byte[0]),
            new Kind("zero bytes", "jpg", Expect.REASON, r -> new byte[0]),
            new Kind("text", "png", Expect.REASON, r -> ("not an image, line " + r.nextInt() + "\n")
                    .repeat(1 + r.nextInt(20)).getBytes(StandardCharsets.UTF_8)),
            new Kind("text", "jpeg", Expect.REASON, r -> "{\"json\": true}".getBytes(StandardCharsets.UTF_8)),
            new Kind("random bytes", "tiff", Expect.REASON, r -> randomBytes(r)),
            new Kind("20000x20000 PNG header", "png", Expect.REASON, r -> PngBytes.png(20000, 20000, 8, r.nextBoolean()
                    ? 0 : 2, null, PngBytes.scanlines(2, 16, r))),
            new Kind("20000x20000 JPEG header", "jpg", Expect.REASON, r -> bombJpeg(r)),
            new Kind("20000x20000 BMP header", "bmp", Expect.REASON, r -> bombBmp()),
            new Kind("16-bit gray PNG", "png", Expect.SCORED, r -> PngBytes.png(33, 21, 16, 0, null,
                    PngBytes.scanlines(21, 66, r))),
            new Kind("16-bit RGB PNG", "png", Expect.SCORED, r -> PngBytes.png(30, 30, 16, 2, null,
                    PngBytes.scanlines(30, 180, r))),
            new Kind("gray-palette PNG", "png", Expect.SCORED, r -> palettePng(r, true, 8)),
            new Kind("colour-palette 4-bit PNG", "png", Expect.SCORED, r -> palettePng(r, false, 4)),
            new Kind("1x1 PNG", "png", Expect.SCORED, r -> PngBytes.png(1, 1, 8, r.nextBoolean() ? 0 : 2, null,
                    PngBytes.scanlines(1, 3, r))),
            new Kind("1x1 JPEG", "jpg", Expect.SCORED, r -> encode(photo(r, 1, 1), "jpeg")),
            new Kind("1x1 BMP", "bmp", Expect.SCORED, r -> encode(photo(r, 1, 1), "bmp")));

    private BadFiles() { }

    /** Writes {@code count} files into {@code folder}, cycling through the kinds. */
    static List<File> write(Path folder, int count, long seed) {
        Random random = new Random(seed);
        List<File> files = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < count; i++) {
                Kind k = KINDS.get(i % KINDS.size());
                Path p = folder.resolve(String.format("bad_%03d.%s", i, k.extension()));
                Files.write(p, k.maker().make(random));
                files.add(new File(p, k.name(), k.expect()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static byte[] truncatedPng(Random r, int colorType) {
        int w = 20 + r.nextInt(60);
        int h = 20 + r.nextInt(60);
        byte[] png = PngBytes.png(w, h, 8, colorType, null, PngBytes.scanlines(h, w * (colorType == 2 ? 3 : 1), r));
        int end = PngBytes.idatEnd(png);
        return Arrays.copyOf(png, 8 + r.nextInt(end - 8 - 4));
    }

    private static byte[] palettePng(Random r, boolean gray, int bits) {
        int entries = 1 << bits;
        byte[] palette = new byte[entries * 3];
        for (int i = 0; i < entries; i++) {
            int v = r.nextInt(256);
            palette[3 * i] = (byte) v;
            palette[3 * i + 1] = (byte) (gray ? v : r.nextInt(256));
            palette[3 * i + 2] = (byte) (gray ? v : r.nextInt(256));
        }
        int w = 24;
        int h = 19;
        byte[] raw = new byte[h * (1 + (w * bits + 7) / 8)];
        for (int y = 0; y < h; y++) {
            for (int x = 1; x <= (w * bits + 7) / 8; x++) {
                raw[y * (1 + (w * bits + 7) / 8) + x] = (byte) r.nextInt(256);
            }
        }
        return PngBytes.png(w, h, bits, 3, palette, raw);
    }

    private static BufferedImage photo(Random r, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, r.nextInt(0x1000000));
            }
        }
        return img;
    }

    private static byte[] encode(BufferedImage img, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, format, out)) {
            throw new IOException("no ImageIO writer for " + format);
        }
        return out.toByteArray();
    }

    private static byte[] cut(byte[] bytes, Random r, double from, double to) {
        int low = Math.max(1, (int) (bytes.length * from));
        int high = Math.max(low + 1, (int) (bytes.length * to));
        return Arrays.copyOf(bytes, low + r.nextInt(high - low));
    }

    private static byte[] randomBytes(Random r) {
        byte[] b = new byte[16 + r.nextInt(2000)];
        r.nextBytes(b);
        return b;
    }

    /** A small JPEG whose frame header is rewritten to declare 20000 x 20000. */
    private static byte[] bombJpeg(Random r) throws IOException {
        byte[] jpeg = encode(photo(r, 16, 16), "jpeg");
        for (int i = 2; i + 9 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) 20000).putShort((short) 20000);
                return jpeg;
            }
        }
        throw new IOException("no SOF0 marker in the encoded JPEG");
    }

    /** A BMP header declaring 20000 x 20000 at 24 bits followed by a few bytes of pixels. */
    private static byte[] bombBmp() {
        ByteBuffer b = ByteBuffer.allocate(54 + 64).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'B').put((byte) 'M').putInt(54 + 20000 * 60000).putInt(0).putInt(54);
        b.putInt(40).putInt(20000).putInt(20000).putShort((short) 1).putShort((short) 24).putInt(0)
                .putInt(20000 * 60000).putInt(2835).putInt(2835).putInt(0).putInt(0);
        return b.array();
    }
}
