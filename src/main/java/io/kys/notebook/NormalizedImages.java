package io.kys.notebook;

import io.kys.data.Preprocessor;
import io.kys.data.UInt8Image;
import java.util.ArrayList;
import java.util.List;

/**
 * Conversion between uint8 RGB images and the normalised channel-first floats the network sees,
 * both ways, so tensor-level outliers (RandConv) can be looked at as pictures.
 */
final class NormalizedImages {
    private NormalizedImages() { }

    /** The images, all RGB and of one size, as one {@code N x 3 x H x W} normalised buffer. */
    static float[] toFloats(List<UInt8Image> rgbImages) {
        int plane = 3 * rgbImages.get(0).height() * rgbImages.get(0).width();
        float[] out = new float[rgbImages.size() * plane];
        for (int i = 0; i < rgbImages.size(); i++) {
            Preprocessor.normalizeInto(rgbImages.get(i), out, i * plane);
        }
        return out;
    }

    /** Undoes the normalisation of an {@code N x 3 x H x W} buffer, rounding to the nearest grey level. */
    static List<UInt8Image> toImages(float[] normalized, int count, int height, int width) {
        int pixels = height * width;
        List<UInt8Image> images = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            byte[] hwc = new byte[pixels * 3];
            for (int c = 0; c < 3; c++) {
                float mean = Preprocessor.MEAN.get(c);
                float std = Preprocessor.STD.get(c);
                int base = (n * 3 + c) * pixels;
                for (int p = 0; p < pixels; p++) {
                    long value = Math.round((normalized[base + p] * std + mean) * 255.0);
                    hwc[p * 3 + c] = (byte) Math.max(0, Math.min(255, value));
                }
            }
            images.add(new UInt8Image(height, width, 3, hwc));
        }
        return images;
    }
}
