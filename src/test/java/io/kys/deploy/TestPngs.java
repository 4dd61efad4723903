package io.kys.deploy;

import io.kys.data.ImageSet;
import io.kys.data.UInt8Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Real MedMNIST images written out as PNG files, as a user's folder of images would hold them. */
public final class TestPngs {
    private TestPngs() { }

    /** The image as a gray or RGB {@link BufferedImage} with exactly its bytes. */
    public static BufferedImage toBufferedImage(UInt8Image image) {
        int type = image.channels() == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR;
        BufferedImage out = new BufferedImage(image.width(), image.height(), type);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                for (int c = 0; c < image.channels(); c++) {
                    out.getRaster().setSample(x, y, c, image.get(y, x, c));
                }
            }
        }
        return out;
    }

    /**
     * Writes images {@code from .. from+count-1} of {@code set} as {@code prefix_00000.png} ... into
     * {@code folder}, so their name order is their index order.
     */
    public static void write(ImageSet set, int from, int count, Path folder, String prefix) {
        try {
            Files.createDirectories(folder);
            for (int i = from; i < from + count; i++) {
                ImageIO.write(toBufferedImage(set.image(i)), "png",
                        folder.resolve(String.format("%s_%05d.png", prefix, i)).toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
