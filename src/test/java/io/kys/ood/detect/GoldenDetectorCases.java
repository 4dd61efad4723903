package io.kys.ood.detect;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.kys.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The golden detector scores of {@code ../shared/golden/detectors/expected.json} (an independent
 * NumPy implementation) and, for each entry, the registry name and parameters that reproduce it.
 */
public final class GoldenDetectorCases {
    /** Tolerance of every comparison with the golden values. */
    public static final double TOLERANCE = 1e-9;

    /**
     * One golden entry.
     *
     * @param key its name in {@code expected.json}
     * @param detector the registry name
     * @param params the parameters, as on the command line
     */
    public record Case(String key, String detector, Map<String, String> params) { }

    /** Every entry of {@code expected.json}; its "parameters" object describes each. */
    public static final List<Case> CASES = List.of(
            new Case("energy", "energy", Map.of()),
            new Case("energy_T2", "energy", Map.of("T", "2")),
            new Case("msp", "msp", Map.of()),
            new Case("maxlogit", "maxlogit", Map.of()),
            new Case("neg_entropy", "entropy", Map.of()),
            // gamma = 0.1 over all 4 classes: the default m = 100 exceeds them.
            new Case("gen", "gen", Map.of("gamma", "0.1")),
            new Case("mahalanobis", "mahalanobis", Map.of()),
            new Case("knn_k10", "knn", Map.of("k", "10")),
            new Case("vim_dim6", "vim", Map.of("dim", "6")),
            new Case("react_p90", "react", Map.of("percentile", "90")),
            new Case("dice_p70", "dice", Map.of("percentile", "70")));

    private GoldenDetectorCases() { }

    /** The golden folder, {@code goldenDir()/detectors}. */
    public static Path folder() {
        return TestData.goldenDir().resolve("detectors");
    }

    /** The whole {@code expected.json}. */
    public static JsonObject document() {
        try {
            return JsonParser.parseString(Files.readString(folder().resolve("expected.json"))).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expected scores of entry {@code key}. */
    public static double[] expected(JsonObject document, String key) {
        JsonArray values = document.getAsJsonObject("expected").getAsJsonArray(key);
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i).getAsDouble();
        }
        return out;
    }
}
