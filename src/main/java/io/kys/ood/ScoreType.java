package io.kys.ood;

import io.kys.KysException;
import io.kys.model.Inference;
import java.util.Locale;

/** How an image's logits become an OOD score; higher always means "more in-distribution". */
public enum ScoreType {
    /** Negative energy {@code T * logsumexp(logits / T)}: the method's score. */
    ENERGY("energy"),
    /** Maximum softmax probability. */
    MSP("msp"),
    /** Largest logit. */
    MAXLOGIT("maxlogit");

    private final String id;

    ScoreType(String id) {
        this.id = id;
    }

    /** Name used on the command line and in score file names ({@code scores_<id>_In.txt}). */
    public String id() {
        return id;
    }

    /** Parses {@code energy}, {@code msp} or {@code maxlogit}. */
    public static ScoreType parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (ScoreType t : values()) {
            if (t.id.equals(wanted)) {
                return t;
            }
        }
        throw new KysException("unknown score '" + name + "'; choose energy, msp or maxlogit");
    }

    /** One score per image of {@code outputs}, with energy temperature {@code temperature}. */
    public double[] scores(Inference.Outputs outputs, double temperature) {
        int c = outputs.classes();
        float[] z = outputs.logits();
        double[] s = new double[outputs.count()];
        for (int i = 0; i < s.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < c; k++) {
                max = Math.max(max, z[i * c + k]);
            }
            s[i] = switch (this) {
                case MAXLOGIT -> max;
                case ENERGY -> temperature * logSumExp(z, i * c, c, temperature);
                case MSP -> 1.0 / sumExp(z, i * c, c, max);
            };
        }
        return s;
    }

    private static double logSumExp(float[] z, int offset, int c, double t) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < c; k++) {
            max = Math.max(max, z[offset + k] / t);
        }
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += Math.exp(z[offset + k] / t - max);
        }
        return max + Math.log(sum);
    }

    /** {@code sum_k exp(z_k - max)}: the reciprocal of the top softmax probability. */
    private static double sumExp(float[] z, int offset, int c, double max) {
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += Math.exp(z[offset + k] - max);
        }
        return sum;
    }

    @Override
    public String toString() {
        return id;
    }
}
