package io.kys.ood.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Training data a detector cannot be fitted on, and samples it cannot score: typed errors naming both. */
class DetectorBadInputTest {
    private static final List<String> FEATURE_DETECTORS = List.of("mahalanobis", "knn", "vim", "react", "dice");

    @Test
    void singularCovarianceFailsMahalanobis() {
        FitData train = Synthetic.train(50, 4, 2, 3);
        double[] x = train.features().toArray();
        for (int i = 0; i < train.size(); i++) {
            x[i * 4 + 3] = 2 * x[i * 4];
        }
        FitData dependent = FitData.of(new Matrix(50, 4, x), train.labels(), train.weight(), train.bias());
        DetectorFitException e = assertThrows(DetectorFitException.class,
                () -> new MahalanobisDetector().fit(dependent));
        assertEquals("mahalanobis", e.detector());
        assertEquals("detector mahalanobis cannot be fitted: the tied covariance of the 50 training features is singular"
                + " (rank 3 of 4): constant or linearly dependent features leave it without an inverse", e.getMessage());

        FitData few = Synthetic.train(3, 4, 2, 4);
        assertTrue(assertThrows(DetectorFitException.class, () -> new MahalanobisDetector().fit(few)).getMessage()
                .contains("or no more samples than dimensions"));
    }

    @Test
    void classWithoutSamplesFailsMahalanobis() {
        FitData train = Synthetic.train(20, 2, 3, 5);
        int[] labels = train.labels().clone();
        for (int i = 0; i < labels.length; i++) {
            labels[i] = labels[i] == 2 ? 0 : labels[i];
        }
        FitData missing = FitData.of(train.features(), labels, train.weight(), train.bias());
        assertEquals("detector mahalanobis cannot be fitted: class 2 has no training features, so it has no mean",
                assertThrows(DetectorFitException.class, () -> new MahalanobisDetector().fit(missing)).getMessage());
    }

    @Test
    void fewerTrainingFeaturesThanKFailsKnn() {
        FitData train = Synthetic.train(5, 3, 2, 6);
        DetectorFitException e = assertThrows(DetectorFitException.class, () -> new KnnDetector(10).fit(train));
        assertEquals("knn", e.detector());
        assertEquals("detector knn cannot be fitted: k = 10 needs at least 10 training features, got 5", e.getMessage());
        assertEquals(5, new KnnDetector(5).fit(train).score(Synthetic.samples(train, 5, 7)).length, "k = N is enough");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mahalanobis", "knn", "vim", "react", "dice"})
    void nanTrainingFeatureFailsEveryFeatureDetector(String name) {
        FitData nan = Synthetic.withTrainingValue(Synthetic.train(60, 4, 2, 8), 7, 2, Double.NaN);
        Detector detector = Detectors.create(name, name.equals("knn") ? Map.of("k", "5")
                : name.equals("vim") ? Map.of("dim", "2") : Map.of());
        DetectorFitException e = assertThrows(DetectorFitException.class, () -> detector.fit(nan));
        assertEquals(name, e.detector());
        assertEquals("detector " + name + " cannot be fitted: training feature [row 7, column 2] is NaN", e.getMessage());
    }

    @Test
    void logitDetectorsIgnoreUnusableTrainingFeatures() {
        FitData nan = Synthetic.withTrainingValue(Synthetic.train(20, 3, 2, 9), 0, 0, Double.NaN);
        Samples samples = Synthetic.samples(nan, 4, 10);
        for (String name : List.of("energy", "msp", "maxlogit", "entropy", "gen")) {
            assertEquals(4, Detectors.create(name).fit(nan).score(samples).length, name);
        }
    }

    @Test
    void unusableSamplesAreNamedAtScoring() {
        FitData train = Synthetic.train(60, 4, 2, 11);
        Samples good = Synthetic.samples(train, 3, 12);
        double[] x = good.features().toArray();
        x[5] = Double.POSITIVE_INFINITY;
        Samples inf = new Samples(new Matrix(3, 4, x), good.logits());
        Samples narrow = new Samples(new Matrix(3, 2, new double[6]), good.logits());
        for (String name : FEATURE_DETECTORS) {
            FittedDetector fitted = Detectors.create(name, name.equals("knn") ? Map.of("k", "5")
                    : Map.of()).fit(train);
            assertEquals("detector " + name + ": feature [row 1, column 1] is Infinity",
                    assertThrows(DetectorException.class, () -> fitted.score(inf)).getMessage());
            assertEquals("detector " + name + ": fitted on 4 features per sample, got 2",
                    assertThrows(DetectorException.class, () -> fitted.score(narrow)).getMessage());
        }
    }

    @Test
    void vimNeedsAResidualSpace() {
        FitData train = Synthetic.train(30, 4, 2, 13);
        assertEquals("detector vim cannot be fitted: dim = 4 must be in 1..3, below the feature dimension 4,"
                + " to leave a residual space",
                assertThrows(DetectorFitException.class, () -> new VimDetector(4).fit(train)).getMessage());
        assertEquals(2, VimDetector.defaultDim(4));
        assertEquals(512, VimDetector.defaultDim(768));
        assertEquals(1000, VimDetector.defaultDim(2048));
        assertEquals(3, new VimDetector(null).fit(train).score(Synthetic.samples(train, 3, 14)).length);
    }

    @Test
    void odinWithoutTheNetworkSaysWhatItNeeds() {
        FitData train = Synthetic.train(10, 3, 2, 15);
        DetectorException e = assertThrows(DetectorException.class,
                () -> Detectors.create("odin").fit(train).score(Synthetic.samples(train, 2, 16)));
        assertEquals("odin", e.detector());
        assertTrue(e.getMessage().startsWith("detector odin: needs the network inputs and their gradients"), e.getMessage());
    }
}
