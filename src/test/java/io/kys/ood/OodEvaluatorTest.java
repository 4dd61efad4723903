package io.kys.ood;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import io.kys.KysException;
import io.kys.data.ImageSet;
import io.kys.model.ClassifierModel;
import io.kys.model.FeatureSource;
import io.kys.model.ModelPreset;
import io.kys.ood.detect.Detector;
import io.kys.ood.detect.Detectors;
import io.kys.ood.detect.Samples;
import io.kys.ood.detect.TrainingFreeDetector;
import io.kys.progress.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one evaluation path, on a small untrained network and random images. */
class OodEvaluatorTest {
    private static ClassifierModel model;
    private static final ImageSet TRAIN = images(40, 1, 3);
    private static final ImageSet TEST = images(12, 2, 3);
    private static final Map<String, OodEvaluator.OodSet> SETS = Map.of("noise",
            new OodEvaluator.OodSet(OodKind.MODALITY_SHIFT, images(10, 3, 1)));

    @BeforeAll
    static void open() {
        model = ClassifierModel.create(ModelPreset.WRN10_1, 3, Device.cpu(), 2);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static ImageSet images(int n, long seed, int classes) {
        Random r = new Random(seed);
        byte[] pixels = new byte[n * 28 * 28];
        r.nextBytes(pixels);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % classes;
        }
        return new ImageSet(n, 28, 28, 1, pixels, labels);
    }

    /** The network, recording which sets it was asked for. */
    private static FeatureSource recording(List<String> asked) {
        return (name, images, progress) -> {
            asked.add(name);
            return model.infer(images, progress);
        };
    }

    @Test
    void aDetectorThatCannotBeFittedFailsAloneWithItsReason() {
        List<String> asked = new ArrayList<>();
        OodEvaluator.Evaluation e = new OodEvaluator(model, List.of(Detectors.energy(), Detectors.knn(1000),
                Detectors.msp(), Detectors.react()), 20, 0,
                recording(asked)).evaluate(TRAIN, TEST, SETS, ProgressListener.NONE);
        assertEquals(List.of("energy", "knn", "msp", "react"), e.names());
        DetectorOutcome knn = e.outcome("knn");
        assertTrue(knn.failed());
        assertEquals("k = 1000 needs at least 1000 training features, got 40", knn.failure());
        assertTrue(knn.results().isEmpty());
        for (String ran : List.of("energy", "msp", "react")) {
            DetectorOutcome o = e.outcome(ran);
            assertFalse(o.failed(), ran);
            assertEquals(1, o.results().size());
            assertNotNull(o.results().get(0).aurocInterval(), "bootstrap asked for");
            assertEquals(ran, o.results().get(0).detector());
        }
        double[] expected = ((TrainingFreeDetector) Detectors.energy()).scorer()
                .score(Samples.of(model.infer(TEST, ProgressListener.NONE)));
        assertArrayEquals(expected, e.results().get(0).idScores(), "the first detector is the main one");
        assertEquals(List.of(OodEvaluator.TEST_SET, "noise", OodEvaluator.TRAIN_SET), asked,
                "one network pass per set, for all detectors");
        KysException absent = assertThrows(KysException.class, () -> e.outcome("vim"));
        assertTrue(absent.getMessage().contains("energy, knn, msp, react"), absent.getMessage());
    }

    @Test
    void detectorsEvaluatedTogetherGiveWhatEachGivesAlone() {
        List<Detector> all = Detectors.all();
        OodEvaluator.Evaluation together = new OodEvaluator(model, all, 50, 7).evaluate(TRAIN, TEST, SETS,
                ProgressListener.NONE);
        assertEquals(Detectors.names(), together.names(), "outcomes in the order asked for");
        for (Detector d : all) {
            DetectorOutcome alone = new OodEvaluator(model, List.of(d), 50, 7).evaluate(TRAIN, TEST, SETS,
                    ProgressListener.NONE).detectors().get(0);
            DetectorOutcome shared = together.outcome(d.name());
            assertEquals(alone.failed(), shared.failed(), d.name());
            assertEquals(alone.failure(), shared.failure(), d.name());
            for (int i = 0; i < alone.results().size(); i++) {
                var a = alone.results().get(i);
                var b = shared.results().get(i);
                assertArrayEquals(a.idScores(), b.idScores(), d.name());
                assertArrayEquals(a.oodScores(), b.oodScores(), d.name());
                assertEquals(a.metrics(), b.metrics(), d.name());
                assertEquals(a.aurocInterval(), b.aurocInterval(), d.name());
            }
        }
    }

    @Test
    void detectorsThatLearnNothingNeverRunTheTrainingImages() {
        List<String> asked = new ArrayList<>();
        OodEvaluator.Evaluation e = new OodEvaluator(model, List.of(Detectors.maxLogit(), Detectors.odin(1000, 0.01)),
                0, 0, recording(asked)).evaluate(TRAIN, TEST, SETS, ProgressListener.NONE);
        assertEquals(List.of(OodEvaluator.TEST_SET, "noise"), asked);
        DetectorOutcome odin = e.outcome("odin");
        assertFalse(odin.failed(), odin.failure());
        assertEquals(TEST.size(), odin.results().get(0).idScores().length, "ODIN ran through the network's gradients");
        assertEquals(null, odin.results().get(0).aurocInterval());
    }

    @Test
    void aDetectorListedTwiceOrNoneIsRefused() {
        assertThrows(KysException.class, () -> new OodEvaluator(model, List.of(Detectors.knn(5), Detectors.knn(10)), 0, 0));
        assertThrows(KysException.class, () -> new OodEvaluator(model, List.of(), 0, 0));
    }
}
