package io.kys.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import io.kys.TestData;
import io.kys.augment.AugMixOp;
import io.kys.data.UInt8Image;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The facade's data views on the real RetinaMNIST file. */
class DataViewsTest {
    private static DatasetView retina;
    @RegisterExtension
    final RecordingSink sink = new RecordingSink();

    @BeforeAll
    static void load() {
        retina = Kys.dataset("retinamnist", TestData.medmnistDir());
    }

    @Test
    void classCountsAddUpToTheSplitSizes() {
        Table counts = retina.classCounts();
        assertEquals(5, counts.rowCount());
        assertEquals(retina.dataset().sizes().train(), (int) counts.intColumn("train").sum());
        assertEquals(retina.dataset().sizes().test(), (int) counts.intColumn("test").sum());
        String html = retina.toDisplay().get(DisplayContent.HTML).orElseThrow();
        assertTrue(html.contains("retinamnist") && html.contains("<table"), html);
    }

    @Test
    void samplesShowEachClassWithRealImagesOfThatClassAndTheCredit() {
        ImageGallery gallery = retina.samples(3, 7);
        assertEquals(5, gallery.rows().size());
        assertEquals("class 4", gallery.rows().get(4).label());
        assertTrue(gallery.note().contains("CC BY 4.0"));
        UInt8Image first = gallery.rows().get(2).images().get(0);
        boolean found = false;
        for (int i = 0; i < retina.dataset().train().size() && !found; i++) {
            found = retina.dataset().train().label(i) == 2
                    && java.util.Arrays.equals(retina.dataset().train().image(i).data(), first.data());
        }
        assertTrue(found, "a sample of row 2 is a training image of class 2");
        assertEquals(gallery.images().size(), retina.samples(3, 7).images().size());
    }

    @Test
    void defaultAndExplicitSplitsAgreeAndBadClassesAreRejected() {
        SplitView split = retina.split();
        assertEquals(retina.novelClasses("3,4").classes(), split.classes());
        assertEquals(3, split.data().numInClasses());
        assertTrue(split.describe().contains("novel classes (2)"));
        assertEquals(List.of("in: class 0", "in: class 1", "in: class 2", "novel: class 3", "novel: class 4"),
                split.samples(2).rows().stream().map(ImageGallery.Row::label).toList());
        KysException e = assertThrows(KysException.class, () -> retina.novelClasses("7"));
        assertTrue(e.getMessage().contains("'7' is not a class number in 0..4"), e.getMessage());
    }

    @Test
    void outlierGalleriesTransformTheSourcesDeterministically() {
        OutlierGallery gallery = retina.split().outliers(4, 3);
        assertEquals(4, gallery.sources().size());
        assertEquals(32, gallery.sources().get(0).width());
        assertEquals(3, gallery.sources().get(0).channels());
        ImageGallery ops = gallery.operations();
        assertEquals(1 + AugMixOp.values().length, ops.rows().size());
        assertEquals("shear_x", ops.rows().get(6).label());
        for (ImageGallery g : List.of(gallery.augMix(), gallery.jigsaw(), gallery.pixelOutliers(), gallery.pixelInliers(),
                gallery.randConv(2))) {
            assertEquals(gallery.sources(), g.rows().get(0).images(), g.title() + ": first row is the sources");
            UInt8Image changed = g.rows().get(1).images().get(0);
            assertNotEquals(java.util.Arrays.toString(gallery.sources().get(0).data()),
                    java.util.Arrays.toString(changed.data()), g.title() + " changed the image");
        }
        assertEquals(gallery.augMix().html(), retina.split().outliers(4, 3).augMix().html(), "same seed, same pictures");
    }

    @Test
    void aComparisonChecksItsInputsAtOnceAndTrainsOnlyWhenShown(@TempDir Path alone) throws Exception {
        try (Stream<Path> before = Files.list(Kys.ckptDir())) {
            List<Path> runs = before.toList();
            ComparisonView planned = retina.split().compare("baseline", "ours");
            try (Stream<Path> after = Files.list(Kys.ckptDir())) {
                assertEquals(runs, after.toList(), "planning a comparison writes no run");
            }
            assertEquals("ComparisonView[retinamnist, not trained yet]", planned.toString());
        }
        KysException typo = assertThrows(KysException.class, () -> retina.split().compare("ourz"));
        assertTrue(typo.getMessage().contains("ourz"), typo.getMessage());
        Files.copy(TestData.medmnistDir().resolve("pneumoniamnist.npz"), alone.resolve("pneumoniamnist.npz"));
        SplitView pneumonia = Kys.dataset("pneumoniamnist", alone).split();
        KysException nothing = assertThrows(KysException.class, () -> pneumonia.compare("ours"));
        assertTrue(nothing.getMessage().startsWith("nothing to detect: pneumoniamnist"), nothing.getMessage());
    }
}
