package io.kys.deploy;

import ai.djl.ndarray.NDManager;
import io.kys.data.ImageSet;
import io.kys.model.ClassifierModel;
import io.kys.model.Inference;
import io.kys.progress.ProgressListener;

/**
 * Forward passes of a shared classifier that any number of threads may call at once, giving
 * every image the same logits whatever batch it arrives in.
 *
 * <p>Each call allocates its arrays in its own sub-manager of the model's manager (closed when
 * the call ends), so concurrent calls share only the parameters, which evaluation-mode passes
 * only read. Batches of fewer than {@link #MIN_BATCH} images are padded with copies of their
 * first image: on the CPU, PyTorch's convolutions take another code path below 16 images, whose
 * results differ in the last bits (measured with the pinned PyTorch 2.5.1); from 16 images on,
 * an image's logits are bit-identical in any batch and at any position. Padding makes a single
 * image scored alone, a partition's last few images on Spark, and the same images in a full batch
 * of {@code kys detect} give identical scores.
 */
final class NetworkRunner {
    /** The smallest batch whose results do not depend on the batch size. */
    static final int MIN_BATCH = 16;

    private final ClassifierModel model;
    private final int batchSize;

    /** Runs {@code model} in batches of {@code batchSize} (at least {@link #MIN_BATCH}). */
    NetworkRunner(ClassifierModel model, int batchSize) {
        if (batchSize < MIN_BATCH) {
            throw new IllegalArgumentException("the batch size must be at least " + MIN_BATCH + ", got " + batchSize);
        }
        this.model = model;
        this.batchSize = batchSize;
    }

    /** Logits and features of every image of {@code images} (any size; RGB 32 px is made here). */
    Inference.Outputs run(ImageSet images, ProgressListener progress) {
        int n = images.size();
        int classes = model.numClasses();
        int dim = model.block().featureDim();
        float[] logits = new float[n * classes];
        float[] features = new float[n * dim];
        progress.start("inference", n);
        for (int start = 0; start < n; start += batchSize) {
            int count = Math.min(batchSize, n - start);
            int[] indices = new int[Math.max(count, MIN_BATCH)];
            for (int k = 0; k < indices.length; k++) {
                indices[k] = start + (k < count ? k : 0);
            }
            Inference.Outputs out;
            try (NDManager calls = model.manager().newSubManager()) {
                out = Inference.run(model.block(), calls, images.select(indices), indices.length, ProgressListener.NONE);
            }
            System.arraycopy(out.logits(), 0, logits, start * classes, count * classes);
            System.arraycopy(out.features(), 0, features, start * dim, count * dim);
            progress.progress(start + count, null);
        }
        progress.finish();
        return new Inference.Outputs(n, classes, dim, logits, features);
    }
}
