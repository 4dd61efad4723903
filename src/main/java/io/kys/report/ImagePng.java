package io.kys.report;

import io.kys.data.UInt8Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * PNG encoding of images for display. Each pixel becomes a {@code scale x scale} block
 * (nearest neighbour), so 28-pixel MedMNIST images stay sharp and visible instead of being blurred
 * or shown as specks.
 */
public final class ImagePng {
    private ImagePng() { }

    /**
     * The image as PNG bytes, enlarged {@code scale} times.
     *
     * @param image a gray or RGB image
     * @param scale enlargement factor, at least 1
     */
    public static byte[] encode(UInt8Image image, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, got " + scale);
        }
        int width = image.width() * scale;
        int height = image.height() * scale;
        boolean gray = image.channels() == 1;
        BufferedImage out = new BufferedImage(width, height, gray ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int sy = y / scale;
                int sx = x / scale;
                if (gray) {
                    out.getRaster().setSample(x, y, 0, image.get(sy, sx, 0));
                } else {
                    out.setRGB(x, y, image.get(sy, sx, 0) << 16 | image.get(sy, sx, 1) << 8 | image.get(sy, sx, 2));
                }
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(out, "png", bytes)) {
                throw new IllegalStateException("no PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding into memory failed", e);
        }
        return bytes.toByteArray();
    }
}
