package io.kys.ood.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry: names, keys and defaults, and the errors for names and keys it does not know. */
class DetectorsTest {
    @Test
    void namesAndKeysAreTheDocumentedOnes() {
        assertEquals(List.of("energy", "msp", "maxlogit", "entropy", "gen", "odin", "mahalanobis", "knn", "vim", "react",
                "dice"), Detectors.names());
        Map<String, Map<String, String>> expected = new LinkedHashMap<>();
        expected.put("energy", Map.of("T", "1"));
        expected.put("gen", Map.of("gamma", "0.1", "m", "100"));
        expected.put("odin", Map.of("T", "1000", "epsilon", "0.0014"));
        expected.put("knn", Map.of("k", "50"));
        expected.put("vim", Map.of("dim", "1000 if D >= 2048, 512 if D >= 768, else D/2"));
        expected.put("react", Map.of("percentile", "90"));
        expected.put("dice", Map.of("percentile", "90"));
        for (String name : Detectors.names()) {
            assertEquals(expected.getOrDefault(name, Map.of()), Detectors.parameters(name), name);
            assertEquals(name, Detectors.create(name).name(), "the factory of " + name + " builds " + name);
        }
        assertEquals(List.of("gamma", "m"), List.copyOf(Detectors.parameters("gen").keySet()), "keys keep their order");
        assertEquals("knn: k (default 50)", Detectors.describeAll().get(7));
    }

    @Test
    void givenParametersReachTheDetector() {
        FitData train = Synthetic.train(40, 3, 2, 1);
        Samples samples = Synthetic.samples(train, 5, 2);
        double[] hot = Detectors.create("energy", Map.of("T", "2")).fit(train).score(samples);
        double[] direct = new EnergyDetector(2).fit(train).score(samples);
        assertEquals(List.of(hot[0], hot[4]), List.of(direct[0], direct[4]));
        assertEquals("knn", Detectors.create(" KNN ", Map.of("k", "3")).name(), "names are case-insensitive");
    }

    @Test
    void unknownNameListsTheValidOnes() {
        KysException e = assertThrows(KysException.class, () -> Detectors.create("knnn"));
        assertEquals("unknown detector 'knnn'; choose one of energy, msp, maxlogit, entropy, gen, odin, mahalanobis,"
                + " knn, vim, react, dice", e.getMessage());
    }

    @Test
    void unknownKeyListsTheDetectorsKeys() {
        KysException e = assertThrows(KysException.class, () -> Detectors.create("gen", Map.of("M", "10")));
        assertEquals("unknown parameter 'M' for detector gen; its parameters: gamma (default 0.1), m (default 100)",
                e.getMessage());
        KysException none = assertThrows(KysException.class, () -> Detectors.create("msp", Map.of("T", "2")));
        assertEquals("detector msp takes no parameters, got 'T'", none.getMessage());
    }

    @Test
    void badValuesNameTheDetectorAndKey() {
        DetectorException text = assertThrows(DetectorException.class, () -> Detectors.create("knn", Map.of("k", "ten")));
        assertEquals("detector knn: parameter k must be an integer, got 'ten'", text.getMessage());
        assertEquals("knn", text.detector());
        assertEquals("detector knn: k must be at least 1, got 0",
                assertThrows(DetectorException.class, () -> Detectors.create("knn", Map.of("k", "0"))).getMessage());
        assertEquals("detector energy: T must be positive, got 0",
                assertThrows(DetectorException.class, () -> Detectors.create("energy", Map.of("T", "0"))).getMessage());
        assertEquals("detector react: percentile must be in [0, 100], got 101",
                assertThrows(DetectorException.class, () -> new ReactDetector(101)).getMessage());
        assertTrue(assertThrows(DetectorException.class, () -> Detectors.create("odin", Map.of("epsilon", "-1")))
                .getMessage().contains("epsilon must be at least 0"));
    }
}
