package io.kys.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import io.kys.data.ImageSet;
import io.kys.model.ClassifierModel;
import io.kys.model.FeatureCache;
import io.kys.model.ModelPreset;
import io.kys.progress.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cached outputs of a run follow its checkpoints: those of replaced weights go. */
class RunDirectoryPruneTest {
    @TempDir
    Path root;

    @Test
    void outputsOfWeightsNoCheckpointHoldsAreDeleted() throws Exception {
        RunDirectory run = new RunDirectory(root);
        ImageSet images = new ImageSet(2, 28, 28, 1, new byte[2 * 28 * 28], new int[2]);
        try (ClassifierModel best = ClassifierModel.create(ModelPreset.WRN10_1, 3, Device.cpu(), 1);
             ClassifierModel last = ClassifierModel.create(ModelPreset.WRN10_1, 3, Device.cpu(), 2);
             ClassifierModel replaced = ClassifierModel.create(ModelPreset.WRN10_1, 3, Device.cpu(), 3)) {
            best.save(run.checkpoint(RunDirectory.BEST), Map.of());
            last.save(run.checkpoint(RunDirectory.LAST), Map.of());
            FeatureCache b = FeatureCache.of(best, root);
            FeatureCache l = FeatureCache.of(last, root);
            FeatureCache r = FeatureCache.of(replaced, root);
            for (FeatureCache c : new FeatureCache[] {b, l, r}) {
                c.outputs("test", images, ProgressListener.NONE);
            }
            assertEquals(1, run.pruneFeatureCache());
            assertTrue(Files.isDirectory(b.folder()), "best checkpoint's outputs kept");
            assertTrue(Files.isDirectory(l.folder()), "last checkpoint's outputs kept");
            assertTrue(Files.notExists(r.folder()), "outputs of weights no checkpoint holds deleted");
        }
    }
}
