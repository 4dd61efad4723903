package io.kys.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.TestData;
import io.kys.augment.PixelOutliers;
import io.kys.data.ImageSet;
import io.kys.data.PreparedData;
import io.kys.data.Rgb32;
import io.kys.data.UInt8Image;
import io.kys.model.ClassifierModel;
import io.kys.ood.detect.Detectors;
import io.kys.ood.detect.Samples;
import io.kys.ood.detect.TrainingFreeDetector;
import io.kys.progress.ProgressListener;
import io.kys.train.EpochRecord;
import io.kys.train.Protocol;
import io.kys.train.Seeds;
import io.kys.train.TrainConfig;
import io.kys.train.TrainResult;
import io.kys.train.TrainingListener;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The method trained for real on pneumoniamnist at a tiny budget (the smallest preset, a few
 * steps of small batches): behaviour, determinism and resumption.
 */
class TrainingOnRealDataTest {
    private static PreparedData data;
    private static ImageSet idTest;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        data = PreparedData.load("pneumoniamnist", TestData.medmnistDir(), null);
        idTest = DataPreparation.limit(data.data().testIn(), 200, 1);
    }

    static TrainConfig tiny(Protocol protocol, int epochs, long seed) {
        return TrainConfig.paper().toBuilder().model("wrn10_1").protocol(protocol).epochs(epochs)
                .stepsPerEpoch(6).trainLimit(600).batchSize(32).outlierBatch(32).randConv(0.5, 8)
                .latent(40, 2000, 16).seed(seed).build();
    }

    private TrainResult train(TrainConfig config, String name, boolean resume, TrainingListener listener) {
        return TrainJob.run(new TrainSpec(data, tmp, name, "cpu", config, resume), listener, ProgressListener.NONE);
    }

    private static double[] scores(ClassifierModel model, ImageSet images) {
        return ((TrainingFreeDetector) Detectors.energy()).scorer().score(Samples.of(model.infer(images, ProgressListener.NONE)));
    }

    @Test
    void oursLowersTheLossAndGivesPixelOutliersHigherEnergyThanIdImages() {
        TrainResult r = train(tiny(Protocol.OURS, 5, 3), "ours", false, TrainingListener.NONE);
        try (ClassifierModel model = r.model()) {
            EpochRecord first = r.epochs().get(0);
            EpochRecord last = r.epochs().get(r.epochs().size() - 1);
            assertTrue(last.crossEntropy() < first.crossEntropy(),
                    "cross-entropy " + first.crossEntropy() + " -> " + last.crossEntropy());
            assertTrue(Double.isFinite(last.energyLatent()), "latent inliers were sampled");
            // At this budget every latent inlier sits far above m_in = -20: that hinge acts on all of them.
            assertEquals(1.0, last.inlierActive(), 0.0);
            assertTrue(last.outlierActive() >= 0 && last.outlierActive() <= 1, "fraction " + last.outlierActive());
            assertTrue(Double.isNaN(first.inlierActive()), "no margin term before the latent start epoch");

            ImageSet test32 = Rgb32.of(idTest);
            PixelOutliers outliers = PixelOutliers.paper();
            byte[] px = new byte[test32.size() * test32.imageBytes()];
            for (int i = 0; i < test32.size(); i++) {
                UInt8Image o = outliers.apply(test32.image(i), Seeds.random(9, i));
                System.arraycopy(o.data(), 0, px, i * test32.imageBytes(), test32.imageBytes());
            }
            ImageSet pixelOutliers = new ImageSet(test32.size(), 32, 32, 3, px, test32.labels());
            double idEnergy = -mean(scores(model, test32));
            double outlierEnergy = -mean(scores(model, pixelOutliers));
            assertTrue(outlierEnergy > idEnergy, "E(pixel outliers) " + outlierEnergy + " vs E(ID test) " + idEnergy);
        }
    }

    @Test
    void adaptiveMarginsMakeTheOutlierHingeActFromTheFirstMarginEpochAndFixedOnesAreThePapers() {
        TrainConfig adaptive = tiny(Protocol.OURS, 2, 7).toBuilder().marginMode(io.kys.train.MarginMode.ADAPTIVE).build();
        TrainResult a = train(adaptive, "adaptive", false, TrainingListener.NONE);
        a.model().close();
        EpochRecord firstWithTerm = a.epochs().get(1);
        assertTrue(firstWithTerm.outlierActive() > 0, "outlier hinge active for " + firstWithTerm.outlierActive());
        assertTrue(firstWithTerm.marginIn() > -20 && firstWithTerm.marginOut() > firstWithTerm.marginIn(),
                "margins follow the ID energies: " + firstWithTerm.marginIn() + ", " + firstWithTerm.marginOut());

        TrainResult f = train(tiny(Protocol.OURS, 2, 7), "fixed", false, TrainingListener.NONE);
        f.model().close();
        EpochRecord fixed = f.epochs().get(1);
        assertEquals(-20.0, fixed.marginIn(), 0.0);
        assertEquals(-7.0, fixed.marginOut(), 0.0);
        assertEquals(0.0, fixed.outlierActive(), 0.0, "at this budget no outlier reaches below -7");
    }

    @Test
    void sameSeedGivesIdenticalScores() {
        double[] a;
        double[] b;
        try (ClassifierModel m = train(tiny(Protocol.OURS, 2, 5), "a", false, TrainingListener.NONE).model()) {
            a = scores(m, idTest);
        }
        try (ClassifierModel m = train(tiny(Protocol.OURS, 2, 5), "b", false, TrainingListener.NONE).model()) {
            b = scores(m, idTest);
        }
        assertArrayEquals(a, b, 0.0);
    }

    @Test
    void killedAndResumedRunEndsLikeAnUninterruptedOne() {
        TrainConfig config = tiny(Protocol.OURS, 3, 11);
        double[] uninterrupted;
        double accUninterrupted;
        try (ClassifierModel m = train(config, "whole", false, TrainingListener.NONE).model()) {
            uninterrupted = scores(m, idTest);
        }
        TrainingListener killer = new TrainingListener() {
            @Override
            public void onEpoch(EpochRecord epoch) {
                if (epoch.epoch() == 2) {
                    throw new IllegalStateException("killed after epoch 2");
                }
            }
        };
        assertThrows(IllegalStateException.class, () -> train(config, "killed", false, killer));
        TrainResult resumed = train(config, "killed", true, TrainingListener.NONE);
        try (ClassifierModel m = resumed.model()) {
            assertEquals(3, resumed.epochs().size());
            assertArrayEquals(uninterrupted, scores(m, idTest), 0.0);
        }
    }

    @Test
    void twoTrainingsIntoOneFolderRunOneAtATime() throws Exception {
        java.util.concurrent.atomic.AtomicReference<TrainResult> first = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread a = new Thread(() -> {
            try {
                first.set(train(tiny(Protocol.BASELINE, 2, 1), "shared", false, TrainingListener.NONE));
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        a.start();
        Path lock = tmp.resolve("wrn10_1/pneumoniamnist/shared").resolve(io.kys.train.RunLock.FILE);
        for (int i = 0; i < 600 && !java.nio.file.Files.exists(lock) && a.isAlive(); i++) {
            Thread.sleep(50);
        }
        io.kys.KysException second = assertThrows(io.kys.KysException.class,
                () -> train(tiny(Protocol.BASELINE, 2, 2), "shared", false, TrainingListener.NONE));
        assertTrue(second.getMessage().contains("is in use by another training"), second.getMessage());
        a.join();
        if (failure.get() != null) {
            throw new AssertionError("the first training failed", failure.get());
        }
        try (ClassifierModel m = first.get().model()) {
            assertEquals(2, first.get().epochs().size(), "the first training ran to its end");
        }
    }

    @Test
    void existingRunIsNotOverwrittenWithoutResume() {
        train(tiny(Protocol.BASELINE, 1, 1), "once", false, TrainingListener.NONE).model().close();
        assertThrows(io.kys.KysException.class,
                () -> train(tiny(Protocol.BASELINE, 1, 1), "once", false, TrainingListener.NONE));
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }
}
