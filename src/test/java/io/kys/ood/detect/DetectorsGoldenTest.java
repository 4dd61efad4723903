package io.kys.ood.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every detector but ODIN against the scores of an independent NumPy implementation. */
class DetectorsGoldenTest {
    @Test
    void everyGoldenEntryAndEveryFeatureDetectorIsCovered() {
        Set<String> golden = new TreeSet<>(GoldenDetectorCases.document().getAsJsonObject("expected").keySet());
        Set<String> mapped = GoldenDetectorCases.CASES.stream().map(GoldenDetectorCases.Case::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(golden, mapped, "each expected.json entry needs its detector and parameters");

        Set<String> covered = GoldenDetectorCases.CASES.stream().map(GoldenDetectorCases.Case::detector)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> registered = new TreeSet<>(Detectors.names());
        registered.remove(OdinDetector.NAME);
        assertEquals(registered, covered, "every registered detector but ODIN has a golden case");
    }

    @TestFactory
    Stream<DynamicTest> scoresMatchNumpy() {
        JsonObject document = GoldenDetectorCases.document();
        FeatureFolder folder = FeatureFolder.read(GoldenDetectorCases.folder());
        assertEquals(document.get("train_rows").getAsInt(), folder.train().size());
        assertEquals(document.get("feature_dim").getAsInt(), folder.train().dimension());
        assertEquals(document.get("classes").getAsInt(), folder.train().classes());
        assertEquals(document.get("test_rows").getAsInt(), folder.test().size());
        return GoldenDetectorCases.CASES.stream().map(c -> DynamicTest.dynamicTest(c.key(), () -> {
            double[] want = GoldenDetectorCases.expected(document, c.key());
            double[] got = Detectors.create(c.detector(), c.params()).fit(folder.train()).score(folder.test());
            assertEquals(want.length, got.length, "score count");
            for (int i = 0; i < want.length; i++) {
                assertEquals(want[i], got[i], GoldenDetectorCases.TOLERANCE, c.key() + " sample " + i);
            }
        }));
    }
}
