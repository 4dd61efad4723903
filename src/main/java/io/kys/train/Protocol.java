package io.kys.train;

import io.kys.KysException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The paper's protocol grid: every protocol trains with the same energy-margin loss and differs
 * only in where the inliers (pushed below {@code m_in}) and the outliers (pushed above
 * {@code m_out}) come from.
 *
 * <p>Two readings are ours, since the paper leaves them open: a "–" inlier column of its table
 * is read as "the real ID batch", and "pixel-space inliers" as a mild AugMix of the ID batch.
 */
public enum Protocol {
    /** Cross-entropy only: no margin term. */
    BASELINE("baseline", InlierSource.NONE, OutlierSource.NONE),
    /** Real ID batch as inliers, pixel-space outliers. */
    NDA("nda", InlierSource.ID_BATCH, OutlierSource.PIXEL),
    /** Mildly augmented ID images as inliers, pixel-space outliers. */
    NDA_PLUS("nda++", InlierSource.PIXEL, OutlierSource.PIXEL),
    /** Real ID batch as inliers, low-density latent samples as outliers (virtual outliers). */
    VOS("vos", InlierSource.ID_BATCH, OutlierSource.LATENT),
    /** Mildly augmented ID images as inliers, latent samples as outliers. */
    VOS_PLUS("vos++", InlierSource.PIXEL, OutlierSource.LATENT),
    /** The paper's method: latent-space inliers, pixel-space outliers. */
    OURS("ours", InlierSource.LATENT, OutlierSource.PIXEL);

    /** Where the samples pushed below {@code m_in} come from. */
    public enum InlierSource { NONE, ID_BATCH, PIXEL, LATENT }

    /** Where the samples pushed above {@code m_out} come from. */
    public enum OutlierSource { NONE, PIXEL, LATENT }

    private final String cliName;
    private final InlierSource inliers;
    private final OutlierSource outliers;

    Protocol(String cliName, InlierSource inliers, OutlierSource outliers) {
        this.cliName = cliName;
        this.inliers = inliers;
        this.outliers = outliers;
    }

    /** The name used on the command line and in result files, e.g. {@code nda++}. */
    public String cliName() {
        return cliName;
    }

    /** Source of the inliers of the margin term. */
    public InlierSource inliers() {
        return inliers;
    }

    /** Source of the outliers of the margin term. */
    public OutlierSource outliers() {
        return outliers;
    }

    /** True when the protocol needs the per-class feature queues and latent sampling. */
    public boolean usesLatent() {
        return inliers == InlierSource.LATENT || outliers == OutlierSource.LATENT;
    }

    /** True when pixel-space outliers are synthesized each step. */
    public boolean usesPixelOutliers() {
        return outliers == OutlierSource.PIXEL;
    }

    /** True when mildly augmented ID images are synthesized each step. */
    public boolean usesPixelInliers() {
        return inliers == InlierSource.PIXEL;
    }

    /** True when the loss has an energy-margin term at all. */
    public boolean hasMargin() {
        return inliers != InlierSource.NONE;
    }

    /** Parses a command-line name ({@code ours}, {@code nda++}, ...), case-insensitively. */
    public static Protocol parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Protocol p : values()) {
            if (p.cliName.equals(wanted) || p.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return p;
            }
        }
        throw new KysException("unknown protocol '" + name + "'; choose one of "
                + Arrays.stream(values()).map(Protocol::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
