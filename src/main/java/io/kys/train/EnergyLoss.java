package io.kys.train;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/**
 * The loss pieces of the method, as DJL array expressions so they back-propagate:
 * {@code CE_w(ID logits) + beta * (mean(relu(E(in) - m_in)^2) + mean(relu(m_out - E(out))^2))}
 * with {@code E(x) = -T * logsumexp(logits(x) / T)}.
 */
public final class EnergyLoss {
    private EnergyLoss() { }

    /** Energy of each row of {@code logits}: {@code -T logsumexp(logits / T)}, numerically stable. */
    public static NDArray energy(NDArray logits, double temperature) {
        NDArray scaled = logits.div((float) temperature);
        NDArray max = scaled.max(new int[] {1}, true).stopGradient();
        NDArray lse = scaled.sub(max).exp().sum(new int[] {1}).log().add(max.squeeze(1));
        return lse.mul((float) -temperature);
    }

    /**
     * Cross-entropy with per-class weights, normalized by the summed weight of the batch as
     * PyTorch's {@code CrossEntropyLoss(weight=...)} does.
     *
     * @param logits (N, C)
     * @param labels (N) integer classes
     * @param classWeights (C), or null for the plain mean
     */
    public static NDArray crossEntropy(NDArray logits, NDArray labels, NDArray classWeights) {
        int classes = (int) logits.getShape().get(1);
        NDArray oneHot = labels.oneHot(classes).toType(logits.getDataType(), false);
        NDArray nll = logits.logSoftmax(1).mul(oneHot).sum(new int[] {1}).neg();
        if (classWeights == null) {
            return nll.mean();
        }
        NDArray w = oneHot.matMul(classWeights.reshape(classes, 1)).reshape(-1);
        return nll.mul(w).sum().div(w.sum());
    }

    /** {@code mean(relu(E - m_in)^2)}: pushes inlier energies below {@code m_in}. */
    public static NDArray inlierMargin(NDArray energies, double mIn) {
        return Activation.relu(energies.sub((float) mIn)).square().mean();
    }

    /** {@code mean(relu(m_out - E)^2)}: pushes outlier energies above {@code m_out}. */
    public static NDArray outlierMargin(NDArray energies, double mOut) {
        return Activation.relu(energies.neg().add((float) mOut)).square().mean();
    }

    /** Class weights {@code 1 - n_c / N} from class counts. */
    public static float[] classWeights(int[] counts) {
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        float[] w = new float[counts.length];
        for (int c = 0; c < counts.length; c++) {
            w[c] = (float) (1.0 - (double) counts[c] / total);
        }
        return w;
    }
}
