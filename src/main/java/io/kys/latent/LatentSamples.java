package io.kys.latent;

/**
 * Synthesized feature vectors with their classes: the low-density samples that the latent-space
 * protocol feeds through the network's head.
 *
 * @param dim length of each vector
 * @param features {@code count x dim} row-major values, class by class
 * @param labels class of each vector
 * @param logDensities log-density of each vector under its class Gaussian
 */
public record LatentSamples(int dim, float[] features, int[] labels, double[] logDensities) {
    /** Checks that the arrays agree in length. */
    public LatentSamples {
        if (features.length != (long) labels.length * dim || logDensities.length != labels.length) {
            throw new IllegalArgumentException("inconsistent sample arrays: " + features.length + " values, "
                    + labels.length + " labels, " + logDensities.length + " densities, dim " + dim);
        }
    }

    /** Number of vectors. */
    public int count() {
        return labels.length;
    }
}
