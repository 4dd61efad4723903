package io.kys.deploy;

import io.kys.KysException;
import io.kys.data.UInt8Image;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * A {@link BufferedImage} as 8-bit gray or RGB bytes at its own size. Gray stays gray and colour
 * stays colour (the model's channel count is applied later, by {@link SourceGeometry}); alpha is
 * dropped, as PIL's {@code convert} drops it; samples of more than 8 bits are scaled linearly to
 * 0..255 ({@code round(v * 255 / max)}); palette images are expanded through their palette (to
 * gray when every palette entry is gray). Anything else is read through Java's sRGB conversion.
 */
public final class Pixels {
    private Pixels() { }

    /**
     * The pixels of {@code image}.
     *
     * @throws KysException when the image has no pixels
     */
    public static UInt8Image of(BufferedImage image) {
        if (image.getWidth() <= 0 || image.getHeight() <= 0) {
            throw new KysException("the image has no pixels");
        }
        ColorModel cm = image.getColorModel();
        if (cm instanceof IndexColorModel icm) {
            return palette(image.getRaster(), icm);
        }
        if (cm instanceof ComponentColorModel && isIntegral(image.getRaster())) {
            int colorBands = cm.getNumColorComponents();
            int type = cm.getColorSpace().getType();
            if (colorBands == 1 && type == ColorSpace.TYPE_GRAY) {
                return components(image.getRaster(), cm, 1);
            }
            if (colorBands == 3 && type == ColorSpace.TYPE_RGB) {
                return components(image.getRaster(), cm, 3);
            }
        }
        return viaSrgb(image);
    }

    private static boolean isIntegral(Raster raster) {
        int t = raster.getTransferType();
        return t == DataBuffer.TYPE_BYTE || t == DataBuffer.TYPE_USHORT || t == DataBuffer.TYPE_SHORT
                || t == DataBuffer.TYPE_INT;
    }

    /** Raw samples of the colour bands (alpha, when present, is the last band and skipped). */
    private static UInt8Image components(Raster raster, ColorModel cm, int bands) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        byte[] out = new byte[w * h * bands];
        int[] row = new int[w];
        for (int b = 0; b < bands; b++) {
            int bits = cm.getComponentSize(b);
            long max = (1L << bits) - 1;
            for (int y = 0; y < h; y++) {
                raster.getSamples(0, y, w, 1, b, row);
                int base = y * w * bands + b;
                for (int x = 0; x < w; x++) {
                    out[base + x * bands] = (byte) scale(row[x], bits, max);
                }
            }
        }
        return new UInt8Image(h, w, bands, out);
    }

    private static int scale(int v, int bits, long max) {
        if (bits == 8) {
            return v & 0xFF;
        }
        long clamped = Math.max(0, Math.min(max, (long) v));
        return (int) ((clamped * 255 + max / 2) / max);
    }

    private static UInt8Image palette(Raster raster, IndexColorModel icm) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        int size = icm.getMapSize();
        boolean gray = true;
        for (int i = 0; i < size && gray; i++) {
            gray = icm.getRed(i) == icm.getGreen(i) && icm.getGreen(i) == icm.getBlue(i);
        }
        int bands = gray ? 1 : 3;
        byte[] out = new byte[w * h * bands];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                int index = Math.max(0, Math.min(size - 1, row[x]));
                int p = (y * w + x) * bands;
                out[p] = (byte) icm.getRed(index);
                if (!gray) {
                    out[p + 1] = (byte) icm.getGreen(index);
                    out[p + 2] = (byte) icm.getBlue(index);
                }
            }
        }
        return new UInt8Image(h, w, bands, out);
    }

    private static UInt8Image viaSrgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] out = new byte[w * h * 3];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = (y * w + x) * 3;
                out[p] = (byte) (row[x] >> 16);
                out[p + 1] = (byte) (row[x] >> 8);
                out[p + 2] = (byte) row[x];
            }
        }
        return new UInt8Image(h, w, 3, out);
    }
}
