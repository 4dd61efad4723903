package io.kys.model;

import io.kys.data.ImageSet;
import io.kys.progress.ProgressListener;
import java.util.function.Supplier;

/**
 * Where an evaluation gets a network's logits and penultimate features of an image set: straight
 * from the network ({@link #direct}) or from a run's cache ({@link FeatureCache}), which computes
 * each set once per checkpoint.
 */
@FunctionalInterface
public interface FeatureSource {
    /**
     * The outputs of every image of {@code images}, in order.
     *
     * @param name what the set is ({@code train}, {@code test}, an OOD set's name), for cache
     *     files and progress
     * @param images the images
     * @param progress receives images done when the network runs
     */
    Inference.Outputs outputs(String name, ImageSet images, ProgressListener progress);

    /**
     * The scores of {@code images} by a detector that runs the network itself (ODIN): what
     * {@code compute} gives, or, for a source that keeps them, the scores kept by an earlier
     * evaluation of the same weights, images and {@code key}.
     *
     * @param name what the set is, as for {@link #outputs}
     * @param key the detector's name and every parameter its scores depend on
     */
    default double[] detectorScores(String name, ImageSet images, String key, Supplier<double[]> compute) {
        return compute.get();
    }

    /** Runs {@code model} on every call. */
    static FeatureSource direct(ClassifierModel model) {
        return (name, images, progress) -> model.infer(images, progress);
    }
}
