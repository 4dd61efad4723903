package io.kys.train;

/** Averages the step records of one epoch; terms a step did not compute (NaN) are left out. */
final class EpochAccumulator {
    private final Mean loss = new Mean();
    private final Mean crossEntropy = new Mean();
    private final Mean inlierMargin = new Mean();
    private final Mean outlierMargin = new Mean();
    private final Mean inlierActive = new Mean();
    private final Mean outlierActive = new Mean();
    private final Mean marginIn = new Mean();
    private final Mean marginOut = new Mean();
    private final Mean energyId = new Mean();
    private final Mean energyLatent = new Mean();
    private final Mean energyPixel = new Mean();
    private long correct;
    private long images;
    private int skipped;

    void add(StepRecord r) {
        loss.add(r.loss());
        crossEntropy.add(r.crossEntropy());
        inlierMargin.add(r.inlierMargin());
        outlierMargin.add(r.outlierMargin());
        inlierActive.add(r.inlierActive());
        outlierActive.add(r.outlierActive());
        marginIn.add(r.marginIn());
        marginOut.add(r.marginOut());
        energyId.add(r.energyId());
        energyLatent.add(r.energyLatent());
        energyPixel.add(r.energyPixel());
        correct += r.correct();
        images += r.images();
        if (r.note() != null) {
            skipped++;
        }
    }

    EpochRecord finish(int epoch, double lr, double valBalancedAccuracy, double valAuc, double seconds) {
        return new EpochRecord(epoch, lr, loss.value(), crossEntropy.value(), inlierMargin.value(),
                outlierMargin.value(), inlierActive.value(), outlierActive.value(),
                marginIn.value(), marginOut.value(), energyId.value(), energyLatent.value(), energyPixel.value(),
                images == 0 ? Double.NaN : (double) correct / images, valBalancedAccuracy, valAuc,
                skipped, seconds);
    }

    private static final class Mean {
        private double sum;
        private long count;

        void add(double v) {
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }

        double value() {
            return count == 0 ? Double.NaN : sum / count;
        }
    }
}
