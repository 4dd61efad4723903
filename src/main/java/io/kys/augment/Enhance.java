package io.kys.augment;

import io.kys.data.UInt8Image;

/**
 * The four enhancers of PIL's {@code ImageEnhance}: each blends the image with a "degenerate"
 * version of itself, {@code out = degenerate + factor * (image - degenerate)}, truncated and
 * clipped to 0..255 like PIL's {@code Image.blend}. Factor 1 returns the image, factor 0 the
 * degenerate image, and factors above 1 extrapolate away from it.
 */
public final class Enhance {
    private Enhance() { }

    /** Blends toward the image's luma repeated on all channels; factor 0 gives grayscale. */
    public static UInt8Image color(UInt8Image img, double factor) {
        if (img.channels() == 1) {
            return img.copy();
        }
        byte[] in = img.data();
        byte[] gray = new byte[in.length];
        for (int i = 0; i < in.length; i += 3) {
            byte l = (byte) luma(in[i] & 0xFF, in[i + 1] & 0xFF, in[i + 2] & 0xFF);
            gray[i] = l;
            gray[i + 1] = l;
            gray[i + 2] = l;
        }
        return blend(img, gray, factor);
    }

    /** Blends toward a uniform gray at the image's mean luma; factor 0 gives that flat gray. */
    public static UInt8Image contrast(UInt8Image img, double factor) {
        byte[] flat = new byte[img.data().length];
        java.util.Arrays.fill(flat, (byte) meanLuma(img));
        return blend(img, flat, factor);
    }

    /** Blends toward black; factor 0 gives a black image. */
    public static UInt8Image brightness(UInt8Image img, double factor) {
        return blend(img, new byte[img.data().length], factor);
    }

    /**
     * Blends toward the image smoothed by PIL's {@code SMOOTH} kernel (weight 5 at the centre, 1 on
     * the 8 neighbours, divided by 13; the one-pixel border copied unfiltered, as PIL does);
     * factors above 1 sharpen.
     */
    public static UInt8Image sharpness(UInt8Image img, double factor) {
        return blend(img, smooth(img), factor);
    }

    /** ITU-R 601-2 luma in PIL's fixed-point form, so gray values match {@code convert("L")}. */
    static int luma(int r, int g, int b) {
        return (r * 19595 + g * 38470 + b * 7471 + 0x8000) >> 16;
    }

    /** The mean of the luma channel rounded half up, the gray level PIL's contrast enhancer uses. */
    static int meanLuma(UInt8Image img) {
        byte[] d = img.data();
        long sum = 0;
        if (img.channels() == 1) {
            for (byte v : d) {
                sum += v & 0xFF;
            }
        } else {
            for (int i = 0; i < d.length; i += 3) {
                sum += luma(d[i] & 0xFF, d[i + 1] & 0xFF, d[i + 2] & 0xFF);
            }
        }
        return (int) ((double) sum / (img.height() * img.width()) + 0.5);
    }

    private static byte[] smooth(UInt8Image img) {
        int h = img.height();
        int w = img.width();
        int ch = img.channels();
        byte[] in = img.data();
        byte[] out = in.clone();
        int row = w * ch;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                for (int c = 0; c < ch; c++) {
                    int i = (y * w + x) * ch + c;
                    int sum = 4 * (in[i] & 0xFF);
                    for (int dy = -row; dy <= row; dy += row) {
                        for (int dx = -ch; dx <= ch; dx += ch) {
                            sum += in[i + dy + dx] & 0xFF;
                        }
                    }
                    out[i] = (byte) ((sum * 2 + 13) / 26);
                }
            }
        }
        return out;
    }

    /** PIL's blend of {@code degenerate} (weight {@code 1 - factor}) with the image (weight {@code factor}). */
    private static UInt8Image blend(UInt8Image img, byte[] degenerate, double factor) {
        float f = (float) factor;
        byte[] in = img.data();
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            int d = degenerate[i] & 0xFF;
            float v = d + f * ((in[i] & 0xFF) - d);
            out[i] = (byte) (v <= 0f ? 0 : v >= 255f ? 255 : (int) v);
        }
        return new UInt8Image(img.height(), img.width(), img.channels(), out);
    }
}
