package io.kys.ood.detect;

import java.util.function.UnaryOperator;

/**
 * A hook into a differentiable classifier, for detectors that perturb inputs (ODIN): logits of a
 * batch of inputs and gradients with respect to the inputs. Implementations batch internally as
 * they need; rows are samples.
 */
public interface InputGradientModel {
    /** The logits (M x C) of {@code inputs} (M x P), in evaluation mode. */
    Matrix logits(Matrix inputs);

    /**
     * The gradient with respect to the inputs of a scalar {@code s(logits)} that is a sum over
     * samples. One forward pass computes the logits, {@code logitGradient} turns them into
     * {@code ds/dlogits} (M x C), and one backward pass returns {@code ds/dinputs} (M x P),
     * i.e. the vector-Jacobian product of the network with {@code ds/dlogits}. Implementations
     * that batch may call {@code logitGradient} once per batch with that batch's rows, so it must
     * treat rows independently.
     */
    Matrix inputGradient(Matrix inputs, UnaryOperator<Matrix> logitGradient);
}
