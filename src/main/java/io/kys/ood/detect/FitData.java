package io.kys.ood.detect;

import io.kys.KysException;
import io.kys.model.Inference;
import io.kys.model.LinearHead;
import java.util.Objects;

/**
 * What detectors may learn from the training split: its penultimate features, labels and logits,
 * and the classifier head {@code logits = features * weight^T + bias}. Arrays are wrapped, not
 * copied. Shapes are checked here; values (NaN, singular covariances) are checked by the
 * detectors that use them, so a logit-only detector still fits when features are unusable.
 *
 * @param features training features, N x D
 * @param labels the class of every training sample, N values in {@code 0..classes-1}
 * @param logits training logits, N x C
 * @param weight head weight, C x D
 * @param bias head bias, C values
 */
public record FitData(Matrix features, int[] labels, Matrix logits, Matrix weight, double[] bias) {
    /**
     * Checks that the shapes agree.
     *
     * @throws KysException naming the first pair of sizes that disagree, or a label out of range
     */
    public FitData {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(logits, "logits");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(bias, "bias");
        int n = features.rows();
        if (n == 0) {
            throw new KysException("the training split has no features");
        }
        if (labels.length != n || logits.rows() != n) {
            throw new KysException("the training split has " + n + " feature rows, " + labels.length + " labels and "
                    + logits.rows() + " logit rows; they must be equal");
        }
        if (weight.cols() != features.cols()) {
            throw new KysException("the head weight has " + weight.cols() + " columns but the training features have "
                    + features.cols());
        }
        if (bias.length != weight.rows() || logits.cols() != weight.rows()) {
            throw new KysException("the head weight has " + weight.rows() + " rows (classes), the bias " + bias.length
                    + " values and the training logits " + logits.cols() + " columns; they must be equal");
        }
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 || labels[i] >= weight.rows()) {
                throw new KysException("training label " + labels[i] + " of row " + i + " is outside 0.."
                        + (weight.rows() - 1) + " (the head has " + weight.rows() + " classes)");
            }
        }
    }

    /** Training data whose logits are computed from the features by the head. */
    public static FitData of(Matrix features, int[] labels, Matrix weight, double[] bias) {
        return new FitData(features, labels, features.affine(weight, bias), weight, bias);
    }

    /**
     * The training data of a kys network: its outputs on the training images, their labels and
     * the network's head.
     */
    public static FitData of(Inference.Outputs train, int[] labels, LinearHead head) {
        return new FitData(Matrix.ofFloats(train.count(), train.dimension(), train.features()), labels,
                Matrix.ofFloats(train.count(), train.classes(), train.logits()),
                Matrix.ofFloats(head.classes(), head.dimension(), head.weight()),
                Matrix.ofFloats(1, head.classes(), head.bias()).row(0));
    }

    /** Number of training samples N. */
    public int size() {
        return features.rows();
    }

    /** Feature dimension D. */
    public int dimension() {
        return features.cols();
    }

    /** Number of classes C. */
    public int classes() {
        return weight.rows();
    }
}
