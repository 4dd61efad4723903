package io.kys.ood.detect;

/** Softmax-family functions of one row of logits, computed stably (shifted by the row maximum). */
final class LogitMath {
    private LogitMath() { }

    /** The largest of {@code z[offset .. offset+count)}. */
    static double max(double[] z, int offset, int count) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            max = Math.max(max, z[offset + k]);
        }
        return max;
    }

    /** The index (0-based, within the row) of the largest logit; the first one on ties. */
    static int argMax(double[] z, int offset, int count) {
        int best = 0;
        for (int k = 1; k < count; k++) {
            if (z[offset + k] > z[offset + best]) {
                best = k;
            }
        }
        return best;
    }

    /** {@code log sum_k exp(z_k / t)}. */
    static double logSumExp(double[] z, int offset, int count, double t) {
        double max = max(z, offset, count) / t;
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sum += Math.exp(z[offset + k] / t - max);
        }
        return max + Math.log(sum);
    }

    /** Negative energy {@code t * logsumexp(z / t)}: the score of the energy family of detectors. */
    static double negativeEnergy(double[] z, int offset, int count, double t) {
        return t * logSumExp(z, offset, count, t);
    }

    /**
     * {@code softmax(z / t)} written into {@code out[0 .. count)}, as {@code exp(z_k/t - max) / sum}
     * (numpy's and scipy's way): the top class's term is exactly 1, so its probability is a single
     * correctly rounded division, which matters where {@code 1 - p} of a confident prediction is
     * raised to a small power (GEN).
     */
    static void softmax(double[] z, int offset, int count, double t, double[] out) {
        double max = max(z, offset, count) / t;
        double sum = 0;
        for (int k = 0; k < count; k++) {
            out[k] = Math.exp(z[offset + k] / t - max);
            sum += out[k];
        }
        for (int k = 0; k < count; k++) {
            out[k] /= sum;
        }
    }

    /** {@code max_k softmax(z / t)_k}, computed as {@link #softmax} computes it. */
    static double maxSoftmax(double[] z, int offset, int count, double t) {
        double max = max(z, offset, count) / t;
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sum += Math.exp(z[offset + k] / t - max);
        }
        return 1 / sum;
    }

    /** Negative energy with temperature 1 of every row of {@code logits}. */
    static double[] negativeEnergies(Matrix logits) {
        double[] z = logits.values();
        int c = logits.cols();
        double[] out = new double[logits.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = negativeEnergy(z, i * c, c, 1);
        }
        return out;
    }
}
