package io.kys.ood.detect;

import io.kys.KysException;
import io.kys.model.Inference;
import java.util.Objects;

/**
 * The samples a fitted detector scores: their penultimate features and logits, and, for
 * detectors that perturb inputs (ODIN), the network inputs with a hook into the network's
 * gradients. Arrays are wrapped, not copied.
 *
 * @param features M x D
 * @param logits M x C
 * @param inputs M x P network inputs (e.g. normalized 3 x 32 x 32 images, flattened), or null
 * @param network the network that maps {@code inputs} to {@code logits}, or null
 */
public record Samples(Matrix features, Matrix logits, Matrix inputs, InputGradientModel network) {
    /**
     * Checks that the row counts agree and that inputs and network come together.
     *
     * @throws KysException otherwise
     */
    public Samples {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(logits, "logits");
        if (features.rows() != logits.rows()) {
            throw new KysException("the samples have " + features.rows() + " feature rows but " + logits.rows()
                    + " logit rows");
        }
        if ((inputs == null) != (network == null)) {
            throw new KysException("network inputs and the network come together; got only "
                    + (inputs == null ? "the network" : "the inputs"));
        }
        if (inputs != null && inputs.rows() != features.rows()) {
            throw new KysException("the samples have " + features.rows() + " feature rows but " + inputs.rows()
                    + " input rows");
        }
    }

    /** Samples with features and logits only: enough for every detector but ODIN. */
    public Samples(Matrix features, Matrix logits) {
        this(features, logits, null, null);
    }

    /** The logits and features of a kys network's outputs, widened to doubles. */
    public static Samples of(Inference.Outputs outputs) {
        return new Samples(Matrix.ofFloats(outputs.count(), outputs.dimension(), outputs.features()),
                Matrix.ofFloats(outputs.count(), outputs.classes(), outputs.logits()));
    }

    /** These samples with their network inputs and the network, for input-perturbing detectors. */
    public Samples withNetwork(Matrix inputs, InputGradientModel network) {
        return new Samples(features, logits, Objects.requireNonNull(inputs, "inputs"),
                Objects.requireNonNull(network, "network"));
    }

    /** Number of samples M. */
    public int size() {
        return features.rows();
    }
}
