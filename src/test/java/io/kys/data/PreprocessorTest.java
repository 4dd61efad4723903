package io.kys.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PreprocessorTest {
    private final Preprocessor pre = Preprocessor.standard();

    @Test
    void constantImageStaysConstant() {
        byte[] px = new byte[28 * 28 * 3];
        for (int i = 0; i < px.length; i += 3) {
            px[i] = (byte) 200;
            px[i + 1] = 17;
            px[i + 2] = (byte) 255;
        }
        UInt8Image out = Preprocessor.resize(new UInt8Image(28, 28, 3, px), 32);
        assertEquals(32, out.height());
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                assertEquals(200, out.get(y, x, 0));
                assertEquals(17, out.get(y, x, 1));
                assertEquals(255, out.get(y, x, 2));
            }
        }
    }

    @Test
    void resizeIsBilinearWithCentredPixels() {
        // Upscaling [0, 100] to 4 samples at source positions -0.25, 0.25, 0.75, 1.25 (clamped).
        UInt8Image wide = Preprocessor.resize(new UInt8Image(2, 2, 1, new byte[] {0, 100, 0, 100}), 4);
        assertArrayEquals(new byte[] {0, 25, 75, 100}, Arrays.copyOf(wide.data(), 4));
    }

    @Test
    void normalizationIsTorchvisionsFormula() {
        byte[] px = {0, (byte) 128, (byte) 255, 10, 20, 30};
        UInt8Image rgb = new UInt8Image(1, 2, 3, px);
        float[] out = new float[8];
        Preprocessor.normalizeInto(rgb, out, 2);
        float[] expected = new float[8];
        int[][] pixels = {{0, 128, 255}, {10, 20, 30}};
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 2; i++) {
                expected[2 + c * 2 + i] = ((float) pixels[i][c] / 255f - Preprocessor.MEAN.get(c)) / Preprocessor.STD.get(c);
            }
        }
        assertArrayEquals(expected, out);
        assertEquals((0f - 0.485f) / 0.229f, out[2]);
        assertEquals(0f, out[0]);
    }

    @Test
    void grayIsRepeatedToThreeChannels() {
        byte[] gray = new byte[28 * 28];
        new Random(3).nextBytes(gray);
        ImageSet set = new ImageSet(1, 28, 28, 1, gray, new int[] {0});
        float[] t = pre.toTensor(set, new int[] {0});
        assertEquals(3 * 32 * 32, t.length);
        UInt8Image resized = Preprocessor.resize(set.image(0), 32);
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 32 * 32; i++) {
                assertEquals(Preprocessor.normalize(resized.data()[i] & 0xFF, c), t[c * 1024 + i]);
            }
        }
        assertArrayEquals(resized.toRgb().data(), pre.prepare(set.image(0)).data());
    }

    @Test
    void batchMatchesImageByImagePath() {
        byte[] px = new byte[3 * 28 * 28 * 3];
        new Random(5).nextBytes(px);
        ImageSet set = new ImageSet(3, 28, 28, 3, px, new int[] {0, 1, 2});
        float[] batch = pre.toTensor(set, new int[] {2, 0});
        float[] one = new float[3 * 32 * 32];
        Preprocessor.normalizeInto(Preprocessor.resize(set.image(0), 32), one, 0);
        assertArrayEquals(one, Arrays.copyOfRange(batch, one.length, 2 * one.length));
        Preprocessor.normalizeInto(Preprocessor.resize(set.image(2), 32), one, 0);
        assertArrayEquals(one, Arrays.copyOfRange(batch, 0, one.length));
    }

    @Test
    void normalizeNeedsRgb() {
        assertThrows(IllegalArgumentException.class,
                () -> Preprocessor.normalizeInto(new UInt8Image(1, 1, 1, new byte[1]), new float[3], 0));
    }
}
