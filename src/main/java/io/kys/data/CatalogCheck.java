package io.kys.data;

import io.kys.KysException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Checks that a file taken for a catalog dataset (by name or by MD5) has the shapes the catalog
 * states: 28 x 28 images, the catalog's channel count and label columns, and the split sizes of one
 * of the dataset's releases.
 */
final class CatalogCheck {
    private CatalogCheck() { }

    /**
     * Compares declared shapes with the catalog.
     *
     * @throws KysException naming the first contradiction
     */
    static void verify(Path file, DatasetInfo info, Map<Split, SplitShape> shapes) {
        SplitShape train = shapes.get(Split.TRAIN);
        String prefix = file + " contradicts the catalog entry " + info.name() + ": ";
        if (train.height() != DatasetInfo.IMAGE_SIZE || train.width() != DatasetInfo.IMAGE_SIZE
                || train.channels() != info.channels()) {
            throw new KysException(prefix + "train_images has shape " + train.imageShapeString() + ", expected (N, 28, 28"
                    + (info.channels() == 3 ? ", 3)" : ")"));
        }
        int expectedColumns = info.multiLabel() ? info.numClasses() : 1;
        if (train.labelColumns() != expectedColumns) {
            throw new KysException(prefix + "labels have " + train.labelColumns() + " columns, expected " + expectedColumns);
        }
        SplitSizes sizes = new SplitSizes(train.count(), shapes.get(Split.VAL).count(), shapes.get(Split.TEST).count());
        if (info.releasesWithSplits(sizes).isEmpty()) {
            String expected = info.hasDistinctV2()
                    ? info.splits() + " (or " + info.v2Splits() + " for MedMNIST v2)"
                    : info.splits().toString();
            throw new KysException(prefix + "train/val/test sizes are " + sizes + ", expected " + expected);
        }
    }

}
