package io.kys.train;

/**
 * One epoch's averages and validation results; one row of the run's {@code log.csv}.
 *
 * @param epoch 1-based epoch
 * @param learningRate learning rate in force
 * @param loss mean total loss
 * @param crossEntropy mean cross-entropy
 * @param inlierMargin mean inlier margin term over steps that computed it (NaN if none)
 * @param outlierMargin mean outlier margin term over steps that computed it (NaN if none)
 * @param inlierActive mean fraction of inliers with an active hinge ({@code E > m_in}) over those steps
 * @param outlierActive mean fraction of outliers with an active hinge ({@code E < m_out}) over those steps
 * @param marginIn mean inlier margin used over those steps (constant with fixed margins)
 * @param marginOut mean outlier margin used over those steps
 * @param energyId mean energy of ID batches
 * @param energyLatent mean energy of latent samples (NaN if none were drawn)
 * @param energyPixel mean energy of pixel outliers (NaN if none)
 * @param trainAccuracy fraction of ID training images classified correctly
 * @param valBalancedAccuracy balanced accuracy on the validation in-classes
 * @param valAuc one-vs-one weighted AUC on the validation in-classes
 * @param skippedMarginSteps steps whose margin term was skipped (covariance not factorizable)
 * @param seconds wall time of the epoch
 */
public record EpochRecord(int epoch, double learningRate, double loss, double crossEntropy,
                          double inlierMargin, double outlierMargin, double inlierActive,
                          double outlierActive, double marginIn, double marginOut, double energyId,
                          double energyLatent, double energyPixel, double trainAccuracy,
                          double valBalancedAccuracy, double valAuc, int skippedMarginSteps,
                          double seconds) {
    /** Column names of the CSV log, in component order. */
    public static final String CSV_HEADER = "epoch,lr,loss,ce,inlier_margin,outlier_margin,inlier_active,outlier_active,m_in,m_out,"
            + "energy_id,energy_latent,energy_pixel,train_acc,val_balanced_acc,val_auc,"
            + "skipped_margin_steps,seconds";

    /** This record as a CSV row matching {@link #CSV_HEADER}. */
    public String csvRow() {
        return epoch + "," + learningRate + "," + loss + "," + crossEntropy + "," + inlierMargin + ","
                + outlierMargin + "," + inlierActive + "," + outlierActive + "," + marginIn + "," + marginOut + "," + energyId + "," + energyLatent + "," + energyPixel + ","
                + trainAccuracy + "," + valBalancedAccuracy + "," + valAuc + "," + skippedMarginSteps
                + "," + seconds;
    }
}
