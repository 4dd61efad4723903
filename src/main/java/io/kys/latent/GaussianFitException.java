package io.kys.latent;

/**
 * The class-conditional Gaussian could not be fitted, so no latent samples can be drawn this
 * step. Checked on purpose: the caller must decide to skip the latent term and say so in its log,
 * instead of losing the failure silently.
 */
public final class GaussianFitException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the fit failed. */
    public enum Reason {
        /** A queued feature vector holds NaN or infinity (the network has diverged). */
        NON_FINITE_FEATURES,
        /** The shared covariance is not symmetric positive definite, so it has no Cholesky factor. */
        NOT_POSITIVE_DEFINITE
    }

    private final Reason reason;

    /** Creates the exception with its reason and a message naming what was at fault. */
    public GaussianFitException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Why the fit failed. */
    public Reason reason() {
        return reason;
    }
}
