package io.kys.ood.detect;

import io.kys.KysException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder of features computed elsewhere (by kys or by any other framework), in the layout
 * {@code kys posthoc} reads: {@code train_features} (N x D), {@code train_labels} (N),
 * {@code test_features} (M x D), {@code fc_weight} (C x D), {@code fc_bias} (C) and, optionally,
 * {@code test_logits} (M x C; computed from the test features and the head when absent). Each is
 * a {@code .txt} or a {@code .npy} file of that base name. Training logits are always computed
 * from the head, the convention {@code logits = features * fc_weight^T + fc_bias}.
 *
 * @param train the training split, for fitting
 * @param test the samples to score
 */
public record FeatureFolder(FitData train, Samples test) {
    /** Base name of the training features. */
    public static final String TRAIN_FEATURES = "train_features";
    /** Training labels. */
    public static final String TRAIN_LABELS = "train_labels";
    /** Features of the samples to score. */
    public static final String TEST_FEATURES = "test_features";
    /** Logits of the samples to score (optional). */
    public static final String TEST_LOGITS = "test_logits";
    /** Head weight, classes x features. */
    public static final String FC_WEIGHT = "fc_weight";
    /** Head bias. */
    public static final String FC_BIAS = "fc_bias";

    /**
     * Reads folder {@code dir}.
     *
     * @throws KysException when the folder or a required file is missing, a name exists as both
     *     {@code .txt} and {@code .npy}, a file does not parse, or the shapes disagree
     */
    public static FeatureFolder read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new KysException("feature folder " + dir + " not found");
        }
        Matrix trainFeatures = MatrixFiles.matrix(require(dir, TRAIN_FEATURES));
        int[] labels = MatrixFiles.labels(require(dir, TRAIN_LABELS));
        Matrix testFeatures = MatrixFiles.matrix(require(dir, TEST_FEATURES));
        Matrix weight = MatrixFiles.matrix(require(dir, FC_WEIGHT));
        double[] bias = MatrixFiles.vector(require(dir, FC_BIAS));
        Path logitsFile = find(dir, TEST_LOGITS);
        if (weight.cols() != trainFeatures.cols() || weight.cols() != testFeatures.cols()) {
            throw new KysException(dir + ": " + FC_WEIGHT + " has " + weight.cols() + " columns, " + TRAIN_FEATURES
                    + " " + trainFeatures.cols() + " and " + TEST_FEATURES + " " + testFeatures.cols() + "; they must be equal");
        }
        if (bias.length != weight.rows()) {
            throw new KysException(dir + ": " + FC_WEIGHT + " has " + weight.rows() + " rows (classes) but " + FC_BIAS
                    + " " + bias.length + " values");
        }
        FitData train = FitData.of(trainFeatures, labels, weight, bias);
        Matrix testLogits = logitsFile == null ? testFeatures.affine(weight, bias) : MatrixFiles.matrix(logitsFile);
        if (testLogits.cols() != weight.rows()) {
            throw new KysException(dir + ": " + TEST_LOGITS + " has " + testLogits.cols() + " columns but the head "
                    + weight.rows() + " classes");
        }
        return new FeatureFolder(train, new Samples(testFeatures, testLogits));
    }

    private static Path require(Path dir, String base) {
        Path file = find(dir, base);
        if (file == null) {
            throw new KysException(dir + " has no " + base + ".txt or " + base + ".npy (a feature folder holds "
                    + String.join(", ", TRAIN_FEATURES, TRAIN_LABELS, TEST_FEATURES, FC_WEIGHT, FC_BIAS)
                    + " and optionally " + TEST_LOGITS + ")");
        }
        return file;
    }

    /** The file of base name {@code base}, or null when there is none. */
    private static Path find(Path dir, String base) {
        Path text = dir.resolve(base + ".txt");
        Path npy = dir.resolve(base + ".npy");
        boolean hasText = Files.isRegularFile(text);
        boolean hasNpy = Files.isRegularFile(npy);
        if (hasText && hasNpy) {
            throw new KysException(dir + " has both " + text.getFileName() + " and " + npy.getFileName()
                    + "; keep one so it is clear which is read");
        }
        return hasText ? text : hasNpy ? npy : null;
    }
}
