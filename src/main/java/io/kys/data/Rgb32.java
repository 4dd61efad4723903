package io.kys.data;

import java.util.stream.IntStream;

/**
 * Converts a whole split once to the network's input geometry (RGB, 32 x 32, still uint8), so
 * training epochs and repeated evaluations do not resize the same image again.
 */
public final class Rgb32 {
    /** Side of the network's input. */
    public static final int SIZE = 32;

    private Rgb32() { }

    /** The images of {@code set} as RGB 32 x 32, labels kept; a set already in that form is returned as is. */
    public static ImageSet of(ImageSet set) {
        if (set.channels() == 3 && set.height() == SIZE && set.width() == SIZE) {
            return set;
        }
        int bytes = SIZE * SIZE * 3;
        byte[] out = new byte[set.size() * bytes];
        IntStream.range(0, set.size()).parallel().forEach(i -> {
            UInt8Image img = Preprocessor.resize(set.image(i).toRgb(), SIZE);
            System.arraycopy(img.data(), 0, out, i * bytes, bytes);
        });
        return new ImageSet(set.size(), SIZE, SIZE, 3, out, set.labels());
    }
}
