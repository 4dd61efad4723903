package io.kys.train;

/**
 * What one training step measured. Loss terms are logged separately (the reference logged the
 * cross-entropy with the margin already added); a term that was not computed is NaN.
 *
 * @param epoch 1-based epoch
 * @param step 0-based step
 * @param loss total loss
 * @param crossEntropy class-weighted cross-entropy of the ID batch
 * @param inlierMargin {@code mean(relu(E_in - m_in)^2)}
 * @param outlierMargin {@code mean(relu(m_out - E_out)^2)}
 * @param inlierActive fraction of the term's inliers whose hinge is active ({@code E > m_in}), NaN without the term
 * @param outlierActive fraction of the term's outliers whose hinge is active ({@code E < m_out}), NaN without the term
 * @param marginIn the inlier margin this step used (the fixed one, or the adaptive one), NaN without the term
 * @param marginOut the outlier margin this step used, NaN without the term
 * @param energyId mean energy of the ID batch
 * @param energyLatent mean energy of the latent samples
 * @param energyPixel mean energy of the pixel-space outliers
 * @param correct ID images classified correctly
 * @param images ID images in the step
 * @param note why a term was skipped this step (e.g. a covariance that could not be factorized), or null
 */
public record StepRecord(int epoch, int step, double loss, double crossEntropy,
                         double inlierMargin, double outlierMargin, double inlierActive,
                         double outlierActive, double marginIn, double marginOut, double energyId,
                         double energyLatent, double energyPixel, int correct, int images, String note) {
}
