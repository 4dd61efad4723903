package io.kys.data;

/**
 * How fast images were resized and normalized into float batches.
 *
 * @param images images processed
 * @param batchSize images per {@link Preprocessor#toTensor} call
 * @param seconds wall-clock time
 */
public record PreprocessTiming(int images, int batchSize, double seconds) {
    /** Throughput. */
    public double imagesPerSecond() {
        return images / seconds;
    }
}
