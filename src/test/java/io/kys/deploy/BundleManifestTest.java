package io.kys.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import io.kys.ood.OodKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OOD set kinds of a manifest keep the spelling of the bundles already exported. */
class BundleManifestTest {
    /** The parts of a manifest that {@link BundleManifest#parse} needs, with an evaluation as earlier versions wrote it. */
    private static final String RECORDED = """
            {
              "format": "kys-bundle/1",
              "split": {"inClasses": [0, 1], "novelClasses": [2], "classNames": ["a", "b"]},
              "preprocessing": {"sourceSize": 28, "sourceChannels": 1, "inputSize": 28, "inputChannels": 1},
              "detector": {"name": "energy", "params": {}, "fitData": "fit"},
              "calibration": {"split": "val", "targetTpr": 0.95, "threshold": 1.5},
              "evaluation": {
                "split": "test",
                "ood": [
                  {"name": "retinamnist-novel", "kind": "novel-class", "auroc": 0.8},
                  {"name": "breastmnist", "kind": "modality-shift", "auroc": 0.6}
                ]
              },
              "files": {}
            }
            """;

    @Test
    void readsAndWritesTheLabels() {
        BundleManifest m = BundleManifest.parse(RECORDED, "manifest.json");
        assertEquals(List.of(OodKind.NOVEL_CLASS, OodKind.MODALITY_SHIFT),
                m.evaluation().ood().stream().map(BundleManifest.OodRate::kind).toList());
        String json = m.toJson();
        assertTrue(json.contains("\"kind\": \"novel-class\"") && json.contains("\"kind\": \"modality-shift\""), json);
        assertFalse(json.contains("NOVEL_CLASS") || json.contains("MODALITY_SHIFT"), json);
        assertEquals(m.evaluation().ood(), BundleManifest.parse(json, "again").evaluation().ood());
    }

    @Test
    void anUnknownKindNamesTheManifest() {
        KysException e = assertThrows(KysException.class,
                () -> BundleManifest.parse(RECORDED.replace("modality-shift", "other"), "manifest.json"));
        assertTrue(e.getMessage().startsWith("manifest.json is not valid manifest JSON")
                && e.getMessage().contains("novel-class, modality-shift"), e.getMessage());
    }
}
