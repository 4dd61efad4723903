package io.kys.experiment;

import io.kys.data.MedMnistDataset;
import io.kys.data.OpenSetData;
import io.kys.data.OpenSetSplit;

/**
 * A loaded dataset with its open-set split applied: what training and detection start from.
 *
 * @param dataset the dataset as loaded
 * @param split which classes are in-distribution and which are novel
 * @param data the split's image sets, in-class labels re-encoded 0..k-1
 */
public record PreparedData(MedMnistDataset dataset, OpenSetSplit split, OpenSetData data) {
    /** Number of in-classes the classifier predicts. */
    public int numClasses() {
        return split.inClasses().length;
    }
}
