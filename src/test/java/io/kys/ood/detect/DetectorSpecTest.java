package io.kys.ood.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Detectors as the command line chooses them: {@code --detectors} names and {@code --param DETECTOR.KEY=VALUE}. */
class DetectorSpecTest {
    private static Map<String, String> params(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    @Test
    void namesWithTheirParametersAndLabels() {
        List<DetectorSpec> specs = DetectorSpec.parse(List.of("Energy", " knn", "gen"),
                params("knn.k", "10", "gen.m", "3", "gen.gamma", "0.5"));
        assertEquals(List.of("energy", "knn(k=10)", "gen(gamma=0.5,m=3)"), specs.stream().map(DetectorSpec::label).toList());
        assertEquals("knn", specs.get(1).create().name());
        assertEquals("gen", DetectorSpec.nameOf("gen(gamma=0.5,m=3)"));
        assertEquals(Detectors.names(), DetectorSpec.parse(List.of("all"), Map.of()).stream().map(DetectorSpec::name).toList());
    }

    @Test
    void mistakesAreOneLineNamingWhatToFix() {
        assertMessage("unknown detector 'knnn'", List.of("knnn"), Map.of());
        assertMessage("listed twice", List.of("knn", "KNN"), Map.of());
        assertMessage("give it alone", List.of("all", "knn"), Map.of());
        assertMessage("DETECTOR.KEY=VALUE", List.of("knn"), params("k", "3"));
        assertMessage("not among the detectors chosen (energy)", List.of("energy"), params("knn.k", "3"));
        assertMessage("unknown parameter 'kk' for detector knn", List.of("knn"), params("knn.kk", "3"));
        assertMessage("k must be at least 1, got 0", List.of("knn"), params("knn.k", "0"));
        assertMessage("no detector given", List.of(), Map.of());
    }

    private static void assertMessage(String part, List<String> names, Map<String, String> params) {
        KysException e = assertThrows(KysException.class, () -> DetectorSpec.parse(names, params));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void typedFactoriesAreTheRegistrysDetectors() {
        FitData train = Synthetic.train(60, 6, 3, 1);
        Samples samples = Synthetic.samples(train, 7, 2);
        Map<String, Detector> typed = new LinkedHashMap<>();
        typed.put("energy", Detectors.energy());
        typed.put("msp", Detectors.msp());
        typed.put("maxlogit", Detectors.maxLogit());
        typed.put("entropy", Detectors.entropy());
        typed.put("gen", Detectors.gen());
        typed.put("mahalanobis", Detectors.mahalanobis());
        typed.put("knn", Detectors.knn());
        typed.put("vim", Detectors.vim());
        typed.put("react", Detectors.react());
        typed.put("dice", Detectors.dice());
        typed.forEach((name, d) -> {
            assertEquals(name, d.name());
            assertArrayEquals(Detectors.create(name).fit(train).score(samples),
                    d.fit(train).score(samples), name);
        });
        assertEquals("odin", Detectors.odin().name());
        assertEquals(java.util.Optional.of("odin(T=1000.0,epsilon=0.0014)"), Detectors.odin().scoresKey(),
                "the network's scores are kept under every parameter they depend on");
        assertTrue(Detectors.knn().scoresKey().isEmpty() && !Detectors.knn().needsNetwork());
        assertEquals(Detectors.names(), Detectors.all().stream().map(Detector::name).toList());
        assertArrayEquals(
                Detectors.create("knn", Map.of("k", "4")).fit(train).score(samples), Detectors.knn(4).fit(train).score(samples));
    }
}
