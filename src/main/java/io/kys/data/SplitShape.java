package io.kys.data;

/**
 * The shape of one split as its {@code .npy} headers declare it, known before any data is read.
 *
 * @param count number of images
 * @param height image rows
 * @param width image columns
 * @param channels 1 or 3
 * @param labelColumns 1 for one label per image, k for k 0/1 findings per image (multi-label)
 */
public record SplitShape(int count, int height, int width, int channels, int labelColumns) {
    /** "(546, 28, 28)" or "(1080, 28, 28, 3)": the image array's shape as numpy prints it. */
    public String imageShapeString() {
        return channels == 1 ? "(" + count + ", " + height + ", " + width + ")"
                : "(" + count + ", " + height + ", " + width + ", " + channels + ")";
    }
}
