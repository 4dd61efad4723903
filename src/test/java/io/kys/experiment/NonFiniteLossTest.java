package io.kys.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import io.kys.TestData;
import io.kys.data.PreparedData;
import io.kys.progress.ProgressListener;
import io.kys.train.Protocol;
import io.kys.train.RunDirectory;
import io.kys.train.TrainConfig;
import io.kys.train.TrainingListener;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A diverging run stops with a clear message and keeps its last good checkpoint. */
class NonFiniteLossTest {
    @TempDir
    Path tmp;

    @Test
    void divergingRunStopsAndKeepsTheLastGoodCheckpoint() {
        PreparedData data = PreparedData.load("pneumoniamnist", TestData.medmnistDir(), null);
        TrainConfig good = TrainingOnRealDataTest.tiny(Protocol.NDA, 1, 4);
        TrainJob.run(new TrainSpec(data, tmp, "run", "cpu", good, false), TrainingListener.NONE, ProgressListener.NONE)
                .model().close();
        TrainConfig diverging = good.toBuilder().epochs(4).learningRate(1e12).build();
        KysException e = assertThrows(KysException.class, () -> TrainJob.run(
                new TrainSpec(data, tmp, "run", "cpu", diverging, true), TrainingListener.NONE, ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("loss became"), e.getMessage());
        assertTrue(e.getMessage().contains("last good checkpoint"), e.getMessage());
        RunDirectory run = RunDirectory.of(tmp, "wrn10_1", "pneumoniamnist", "run");
        assertEquals(1, RunDirectory.readState(run.checkpoint(RunDirectory.LAST)).epoch());
    }
}
