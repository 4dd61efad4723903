package io.kys.ood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.kys.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every golden case: the score files and the values scikit-learn 1.2 gives for them. */
class OodMetricsGoldenTest {
    private static final double TOLERANCE = 1e-9;

    @TestFactory
    Stream<DynamicTest> everyGoldenCaseMatchesScikitLearn() throws IOException {
        Path folder = TestData.goldenDir().resolve("metrics");
        JsonObject expected = JsonParser.parseString(Files.readString(folder.resolve("expected.json"))).getAsJsonObject();
        assertFalse(expected.isEmpty(), "expected.json lists no case");
        return expected.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            JsonObject want = entry.getValue().getAsJsonObject();
            double[] id = ScoreFiles.read(folder.resolve(entry.getKey() + "_in.txt"));
            double[] ood = ScoreFiles.read(folder.resolve(entry.getKey() + "_out.txt"));
            assertEquals(want.get("n_in").getAsInt(), id.length, "ID count");
            assertEquals(want.get("n_out").getAsInt(), ood.length, "OOD count");

            OodMetrics got = OodMetrics.of(id, ood);
            for (Map.Entry<String, Double> metric : got.asMap().entrySet()) {
                assertEquals(want.get(metric.getKey()).getAsDouble(), metric.getValue(), TOLERANCE,
                        entry.getKey() + " " + metric.getKey());
            }
            assertEquals(want.get("threshold_at_95_tpr").getAsDouble(),
                    RocCurve.of(id, ood).thresholdAtTpr(OodMetrics.TPR_LEVEL), TOLERANCE, "threshold at 95% TPR");
        }));
    }
}
