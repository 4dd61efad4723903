package io.kys.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import io.kys.data.ImageSet;
import io.kys.data.MedMnistDataset;
import io.kys.data.PreparedData;
import io.kys.ood.OodEvaluator;
import io.kys.ood.OodKind;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationSetsTest {
    @TempDir
    Path empty;

    /** Three classes, every split with {@code perClass} 1x1 gray images of each; image i has pixel value i. */
    private static MedMnistDataset toy(String name, int perClass) {
        int n = 3 * perClass;
        int[] labels = new int[n];
        byte[] pixels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            pixels[i] = (byte) i;
        }
        ImageSet set = new ImageSet(n, 1, 1, 1, pixels, labels);
        return new MedMnistDataset(name, set, set, set, List.of("a", "b", "c"), "0", Path.of(name + ".npz"));
    }

    private static ImageSet images(int n) {
        return new ImageSet(n, 1, 1, 1, new byte[n], new int[n]);
    }

    @Test
    void novelClassesComeFirstThenTheModalitySetsInTheirOrder() {
        PreparedData data = PreparedData.of(toy("toy", 10), "2");
        Map<String, ImageSet> modality = new LinkedHashMap<>();
        ImageSet zeta = images(4);
        modality.put("zeta", zeta);
        modality.put("alpha", images(5));
        Map<String, OodEvaluator.OodSet> sets = EvaluationSets.of(data, 0, 0, modality, empty);
        assertEquals(List.of("toy-novel", "zeta", "alpha"), List.copyOf(sets.keySet()));
        assertEquals(OodKind.NOVEL_CLASS, sets.get("toy-novel").kind());
        assertEquals(10, sets.get("toy-novel").images().size(), "0 keeps every novel image");
        assertEquals(OodKind.MODALITY_SHIFT, sets.get("zeta").kind());
        assertSame(zeta, sets.get("zeta").images());
    }

    @Test
    void theNovelSetIsASeededSubsetWhenCapped() {
        PreparedData data = PreparedData.of(toy("toy", 10), "2");
        Map<String, OodEvaluator.OodSet> a = EvaluationSets.of(data, 4, 7, Map.of(), empty);
        Map<String, OodEvaluator.OodSet> b = EvaluationSets.of(data, 4, 7, Map.of(), empty);
        ImageSet first = a.get("toy-novel").images();
        assertEquals(4, first.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(2, first.label(i), "only novel-class images");
            assertEquals(first.image(i).get(0, 0, 0), b.get("toy-novel").images().image(i).get(0, 0, 0), "same seed, same subset");
        }
    }

    @Test
    void withoutNovelClassesOrOtherDatasetsThereIsNothingToDetect() {
        PreparedData data = PreparedData.of(toy("toy", 2), "");
        KysException e = assertThrows(KysException.class, () -> EvaluationSets.withOtherDatasets(data, empty, 0, 0, 0));
        assertTrue(e.getMessage().startsWith("nothing to detect: toy has no novel classes"), e.getMessage());
        assertTrue(e.getMessage().contains(empty.toString()) && e.getMessage().contains("kys download breastmnist"),
                e.getMessage());
        KysException breast = assertThrows(KysException.class,
                () -> EvaluationSets.of(PreparedData.of(toy("breastmnist", 2), ""), 0, 0, Map.of(), empty));
        assertTrue(breast.getMessage().contains("kys download pneumoniamnist"), breast.getMessage());
    }
}
