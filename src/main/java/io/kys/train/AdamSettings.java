package io.kys.train;

/**
 * The optimizer: Adam with L2 weight decay added to the gradient, as PyTorch's {@code Adam}.
 *
 * @param learningRate initial learning rate, positive
 * @param beta1 first-moment decay
 * @param beta2 second-moment decay
 * @param weightDecay L2 coefficient
 */
public record AdamSettings(double learningRate, double beta1, double beta2, double weightDecay) {
    /** The paper's optimizer: lr 1e-3, betas (0.9, 0.98), weight decay 5e-4. */
    public static final AdamSettings PAPER = new AdamSettings(1e-3, 0.9, 0.98, 5e-4);

    /** Rejects a non-positive learning rate. */
    public AdamSettings {
        TrainConfig.require(learningRate > 0, "learning rate must be positive, got " + learningRate);
    }
}
