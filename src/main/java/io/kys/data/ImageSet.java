package io.kys.data;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * A split's images and labels in compact storage: one byte array for all pixels (N x H x W x C,
 * C order) and one int array of labels, so a 100k-image split costs its raw size and no boxing.
 */
public final class ImageSet {
    private final int count;
    private final int height;
    private final int width;
    private final int channels;
    private final byte[] pixels;
    private final int[] labels;

    /**
     * Wraps arrays without copying them.
     *
     * @throws IllegalArgumentException when the array lengths disagree with the shape
     */
    public ImageSet(int count, int height, int width, int channels, byte[] pixels, int[] labels) {
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(labels, "labels");
        if (count < 0 || height <= 0 || width <= 0 || (channels != 1 && channels != 3)) {
            throw new IllegalArgumentException(
                    "bad image set shape " + count + "x" + height + "x" + width + "x" + channels);
        }
        if ((long) count * height * width * channels != pixels.length) {
            throw new IllegalArgumentException("pixel array length " + pixels.length
                    + " does not match shape " + count + "x" + height + "x" + width + "x" + channels);
        }
        if (labels.length != count) {
            throw new IllegalArgumentException(count + " images but " + labels.length + " labels");
        }
        this.count = count;
        this.height = height;
        this.width = width;
        this.channels = channels;
        this.pixels = pixels;
        this.labels = labels;
    }

    /** Number of images. */
    public int size() {
        return count;
    }

    /** Image height in pixels. */
    public int height() {
        return height;
    }

    /** Image width in pixels. */
    public int width() {
        return width;
    }

    /** 1 for gray, 3 for RGB. */
    public int channels() {
        return channels;
    }

    /** Bytes per image. */
    public int imageBytes() {
        return height * width * channels;
    }

    /** The label of image {@code i}. */
    public int label(int i) {
        return labels[i];
    }

    /** A copy of all labels. */
    public int[] labels() {
        return labels.clone();
    }

    /** A copy of image {@code i}. */
    public UInt8Image image(int i) {
        Objects.checkIndex(i, count);
        int n = imageBytes();
        return new UInt8Image(height, width, channels, Arrays.copyOfRange(pixels, i * n, (i + 1) * n));
    }

    /** Copies image {@code i}'s bytes into {@code dst} at {@code offset}, for batch assembly without garbage. */
    public void copyImage(int i, byte[] dst, int offset) {
        Objects.checkIndex(i, count);
        System.arraycopy(pixels, i * imageBytes(), dst, offset, imageBytes());
    }

    /** The images at {@code indices} (in that order) with their labels as a new set. */
    public ImageSet select(int[] indices) {
        int n = imageBytes();
        byte[] px = new byte[indices.length * n];
        int[] lb = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            copyImage(indices[k], px, k * n);
            lb[k] = labels[indices[k]];
        }
        return new ImageSet(indices.length, height, width, channels, px, lb);
    }

    /** The same images with new labels (e.g. after re-encoding in-classes to 0..k-1). */
    public ImageSet withLabels(int[] newLabels) {
        return new ImageSet(count, height, width, channels, pixels, newLabels.clone());
    }

    /** The number of images of each label value 0..max. */
    public int[] classCounts() {
        int max = -1;
        for (int l : labels) {
            max = Math.max(max, l);
        }
        int[] counts = new int[max + 1];
        for (int l : labels) {
            counts[l]++;
        }
        return counts;
    }

    /**
     * The MD5 of the set's shape, pixels and labels: the identity of exactly these images, which
     * changes with the data file, the split, a subset or a relabelling.
     */
    public String md5() {
        MessageDigest md = Md5.newDigest();
        md.update(ByteBuffer.allocate(4 * Integer.BYTES).putInt(count).putInt(height).putInt(width).putInt(channels)
                .array());
        md.update(pixels);
        ByteBuffer labelBytes = ByteBuffer.allocate(labels.length * Integer.BYTES);
        labelBytes.asIntBuffer().put(labels);
        md.update(labelBytes.array());
        return Md5.hex(md.digest());
    }
}
