package io.kys.augment;

import io.kys.KysException;
import io.kys.data.UInt8Image;
import java.util.List;
import java.util.Random;

/**
 * AugMix (Hendrycks et al., 2020): {@code width} chains of randomly chosen operations, each of a
 * depth drawn uniformly from 1 to {@code maxDepth}, mixed with Dirichlet(alpha) weights, and the
 * mixture blended with the original image by a skip weight m ~ Beta(alpha, alpha):
 * {@code mixed = (1 - m) * image + m * sum_i w_i * chain_i}.
 *
 * <p>The reference mixes normalised tensors; this class mixes pixels scaled to [0, 1] and rounds
 * the result back to uint8. Normalisation is affine per channel and the weights sum to one, so
 * the two agree up to that final rounding (at most half a grey level). The reference also passes
 * every chain (and the original) through its random training affine before mixing, so it blends
 * differently shifted copies; here AugMix is AugMix alone, and the affine, if wanted, is a
 * separate {@link RandomAffine}.
 *
 * @param severity operation severity, at least 1 (levels are drawn from {@code [0.1, severity)})
 * @param width number of chains mixed
 * @param maxDepth each chain applies between 1 and this many operations, uniformly
 * @param alpha concentration of the Dirichlet chain weights and of the Beta skip weight
 * @param ops the operations chains draw from, uniformly
 */
public record AugMix(int severity, int width, int maxDepth, double alpha, List<ImageOp> ops)
        implements ImageTransform {

    /** Validates the settings, naming the value at fault. */
    public AugMix {
        if (severity < Levels.MIN_SEVERITY) {
            throw new KysException("AugMix severity must be at least " + Levels.MIN_SEVERITY + ", got " + severity);
        }
        if (width < 1) {
            throw new KysException("AugMix width (number of chains) must be at least 1, got " + width);
        }
        if (maxDepth < 1) {
            throw new KysException("AugMix maximum chain depth must be at least 1, got " + maxDepth);
        }
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new KysException("AugMix alpha must be positive and finite, got " + alpha);
        }
        ops = List.copyOf(ops);
        if (ops.isEmpty()) {
            throw new KysException("AugMix needs at least one operation");
        }
    }

    /** AugMix over all 13 operations of {@link AugMixOp}. */
    public AugMix(int severity, int width, int maxDepth, double alpha) {
        this(severity, width, maxDepth, alpha, List.of(AugMixOp.values()));
    }

    /** The paper's pixel-space outliers: severity 11, width 3, depth 1..3, alpha 1. */
    public static AugMix outliers() {
        return new AugMix(AugmentDefaults.OUTLIER_SEVERITY, AugmentDefaults.AUGMIX_WIDTH,
                AugmentDefaults.AUGMIX_MAX_DEPTH, AugmentDefaults.AUGMIX_ALPHA);
    }

    /**
     * Pixel-space inliers of the NDA++ and VOS++ baselines: AugMix with its own published
     * training setting (severity 3, width 3, depth 1..3, alpha 1), which keeps the class visible;
     * only the severity differs from {@link #outliers()}.
     */
    public static AugMix mildInliers() {
        return new AugMix(AugmentDefaults.INLIER_SEVERITY, AugmentDefaults.AUGMIX_WIDTH,
                AugmentDefaults.AUGMIX_MAX_DEPTH, AugmentDefaults.AUGMIX_ALPHA);
    }

    /** Draws weights, skip weight and chains from {@code rnd} in that order, then mixes. */
    @Override
    public UInt8Image apply(UInt8Image img, Random rnd) {
        return apply(img, rnd, 0, null);
    }

    /**
     * AugMix with the two freedoms the reference code uses: geometric operations draw onto a
     * {@code canvas x canvas} image (0: the input's size; see {@link ImageOp#apply(UInt8Image, int,
     * Random, int)}), and every chain and the original pass through {@code finish} on their own
     * before the mix (the reference's per-chain preprocessing: a random affine and the resize to
     * the network's input). After {@code finish} all images must have one shape.
     *
     * @param finish applied to each chain, then to the original, with {@code rnd}; null for none
     */
    public UInt8Image apply(UInt8Image img, Random rnd, int canvas, ImageTransform finish) {
        double[] weights = Distributions.dirichlet(alpha, width, rnd);
        double m = Distributions.beta(alpha, alpha, rnd);
        UInt8Image[] chains = new UInt8Image[width];
        for (int i = 0; i < width; i++) {
            chains[i] = chain(img, rnd, canvas);
            if (finish != null) {
                chains[i] = finish.apply(chains[i], rnd);
            }
        }
        return mix(finish == null ? img : finish.apply(img, rnd), chains, weights, m);
    }

    private UInt8Image chain(UInt8Image img, Random rnd, int canvas) {
        int depth = 1 + rnd.nextInt(maxDepth);
        UInt8Image out = img;
        for (int d = 0; d < depth; d++) {
            out = ops.get(rnd.nextInt(ops.size())).apply(out, severity, rnd, canvas);
        }
        return out;
    }

    /**
     * {@code (1 - m) * image + m * sum_i weights[i] * chains[i]} on pixels in [0, 1], rounded to
     * the nearest grey level.
     */
    static UInt8Image mix(UInt8Image img, UInt8Image[] chains, double[] weights, double m) {
        byte[] base = img.data();
        double[] acc = new double[base.length];
        for (int k = 0; k < chains.length; k++) {
            byte[] c = chains[k].data();
            double w = m * weights[k] / 255.0;
            for (int i = 0; i < acc.length; i++) {
                acc[i] += w * (c[i] & 0xFF);
            }
        }
        double keep = (1 - m) / 255.0;
        byte[] out = new byte[base.length];
        for (int i = 0; i < out.length; i++) {
            double v = acc[i] + keep * (base[i] & 0xFF);
            out[i] = (byte) Tone.clamp((int) Math.round(v * 255.0));
        }
        return new UInt8Image(img.height(), img.width(), img.channels(), out);
    }
}
