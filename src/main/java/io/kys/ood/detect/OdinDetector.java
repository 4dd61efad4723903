package io.kys.ood.detect;

import java.util.Optional;

/**
 * ODIN: Liang, Li and Srikant, "Enhancing The Reliability of Out-of-distribution Image Detection
 * in Neural Networks", ICLR 2018. Each input is moved one signed-gradient step towards a more
 * confident prediction, {@code x' = x - epsilon * sign(-grad_x log S_y(x; T))} with
 * {@code S(x; T) = softmax(f(x) / T)} and {@code y} the predicted class, and the score is
 * {@code max_k S_k(x'; T)}. In-distribution inputs gain more confidence from the step than
 * outliers do, which widens the gap. Defaults are the paper's: {@code T = 1000},
 * {@code epsilon = 0.0014} (its DenseNet/CIFAR-10 setting).
 *
 * <p>ODIN needs the network, not only features: it scores {@link Samples} that carry inputs and
 * an {@link InputGradientModel} ({@link ClassifierGradients} for kys's WideResNets). The step is taken in the model's input space; the reference code
 * took it in pixel units and divided the gradient by the normalization's per-channel standard
 * deviation, so with normalized inputs an equivalent {@code epsilon} is the paper's divided by
 * that deviation. A zero gradient component leaves its input unchanged.
 */
public final class OdinDetector implements TrainingFreeDetector {
    /** Registry name. */
    public static final String NAME = "odin";
    /** The paper's temperature. */
    public static final double DEFAULT_TEMPERATURE = 1000;
    /** The paper's perturbation size. */
    public static final double DEFAULT_EPSILON = 0.0014;

    private final double temperature;
    private final double epsilon;

    /** ODIN with temperature {@code temperature} (> 0) and step {@code epsilon} (>= 0). */
    public OdinDetector(double temperature, double epsilon) {
        this.temperature = Require.positive(NAME, "T", temperature);
        this.epsilon = Require.nonNegative(NAME, "epsilon", epsilon);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Scores perturbed inputs; ODIN has nothing to learn from the training split. */
    @Override
    public FittedDetector scorer() {
        return this::score;
    }

    /** ODIN perturbs the inputs, so its samples must carry them and the network. */
    @Override
    public boolean needsNetwork() {
        return true;
    }

    /** Its scores depend on the temperature and the step, besides the weights and the images. */
    @Override
    public Optional<String> scoresKey() {
        return Optional.of(NAME + "(T=" + temperature + ",epsilon=" + epsilon + ")");
    }

    private double[] score(Samples samples) {
        if (samples.network() == null) {
            throw new DetectorException(NAME, "needs the network inputs and their gradients (Samples.withNetwork);"
                    + " features and logits alone cannot score it");
        }
        Matrix x = samples.inputs();
        Require.finiteSamples(NAME, "input", x);
        InputGradientModel network = samples.network();
        Matrix perturbed = epsilon == 0 ? x : perturb(x, network.inputGradient(x, z -> logMaxSoftmaxGradient(z, temperature)));
        Matrix logits = network.logits(perturbed);
        double[] z = logits.values();
        int c = logits.cols();
        double[] scores = new double[logits.rows()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = LogitMath.maxSoftmax(z, i * c, c, temperature);
        }
        return scores;
    }

    /** {@code x + epsilon * sign(grad log S_y)}: the step that raises the top scaled softmax. */
    private Matrix perturb(Matrix x, Matrix gradient) {
        if (gradient.rows() != x.rows() || gradient.cols() != x.cols()) {
            throw new DetectorException(NAME, "the network returned a " + gradient.rows() + " x " + gradient.cols()
                    + " input gradient for " + x.rows() + " x " + x.cols() + " inputs");
        }
        double[] in = x.values();
        double[] g = gradient.values();
        double[] out = new double[in.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = in[i] + epsilon * Math.signum(g[i]);
        }
        return new Matrix(x.rows(), x.cols(), out);
    }

    /**
     * {@code d/dz log softmax(z / T)_y} at the predicted class {@code y = argmax z}, row by row:
     * {@code (onehot_y - softmax(z / T)) / T}. The predicted class is held fixed, as in the
     * reference, which took it as the label of a cross-entropy loss.
     */
    static Matrix logMaxSoftmaxGradient(Matrix logits, double temperature) {
        double[] z = logits.values();
        int c = logits.cols();
        double[] g = new double[z.length];
        double[] p = new double[c];
        for (int i = 0; i < logits.rows(); i++) {
            LogitMath.softmax(z, i * c, c, temperature, p);
            int y = LogitMath.argMax(z, i * c, c);
            for (int k = 0; k < c; k++) {
                g[i * c + k] = ((k == y ? 1 : 0) - p[k]) / temperature;
            }
        }
        return new Matrix(logits.rows(), c, g);
    }
}
