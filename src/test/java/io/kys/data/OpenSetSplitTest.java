package io.kys.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import io.kys.TestData;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenSetSplitTest {
    private static final MedMnistCatalog CATALOG = MedMnistCatalog.standard();

    /** A dataset whose image i of a split has every pixel equal to {@code base + i}, so images can be traced. */
    static MedMnistDataset tagged(String name, int[][] labels, List<String> classNames) {
        ImageSet[] sets = new ImageSet[3];
        int base = 0;
        for (int s = 0; s < 3; s++) {
            int n = labels[s].length;
            byte[] px = new byte[n * 4];
            for (int i = 0; i < n; i++) {
                Arrays.fill(px, i * 4, i * 4 + 4, (byte) (base + i));
            }
            sets[s] = new ImageSet(n, 2, 2, 1, px, labels[s]);
            base += n;
        }
        return new MedMnistDataset(name, sets[0], sets[1], sets[2], classNames, "0", Path.of(name + ".npz"));
    }

    static int tag(ImageSet set, int i) {
        return set.image(i).get(0, 0, 0);
    }

    @Test
    void paperDefaultsHoldOutTheLastClasses() {
        Map<String, Integer> inCounts = Map.of("bloodmnist", 6, "tissuemnist", 6, "pathmnist", 6, "organamnist", 8,
                "organcmnist", 8, "organsmnist", 8, "dermamnist", 5, "octmnist", 3);
        inCounts.forEach((name, in) -> {
            DatasetInfo info = CATALOG.require(name);
            OpenSetSplit s = OpenSetSplit.defaultFor(info);
            assertEquals(in, s.numIn(), name);
            assertEquals(info.numClasses() - in, s.novelClasses().length, name);
            assertEquals(info.numClasses() - 1, s.novelClasses()[s.novelClasses().length - 1], name);
            assertEquals(in - 1, s.inClasses()[in - 1], name);
        });
        assertArrayEquals(new int[] {6, 7}, OpenSetSplit.defaultFor(CATALOG.require("bloodmnist")).novelClasses());
    }

    @Test
    void otherDatasetsHaveSensibleDefaults() {
        OpenSetSplit retina = OpenSetSplit.defaultFor(CATALOG.require("retinamnist"));
        assertArrayEquals(new int[] {0, 1, 2}, retina.inClasses());
        assertArrayEquals(new int[] {3, 4}, retina.novelClasses());
        for (String binary : List.of("pneumoniamnist", "breastmnist")) {
            OpenSetSplit s = OpenSetSplit.defaultFor(CATALOG.require(binary));
            assertFalse(s.hasNovel());
            assertEquals(2, s.numIn());
        }
        KysException chest = assertThrows(KysException.class, () -> OpenSetSplit.defaultFor(CATALOG.require("chestmnist")));
        assertTrue(chest.getMessage().startsWith("chestmnist is multi-label"), chest.getMessage());
    }

    @Test
    void parsesNovelClassOption() {
        OpenSetSplit s = OpenSetSplit.parse(" 7, 2 ", 8);
        assertArrayEquals(new int[] {0, 1, 3, 4, 5, 6}, s.inClasses());
        assertArrayEquals(new int[] {2, 7}, s.novelClasses());
        assertEquals(2, s.newLabel(3));
        assertEquals(-1, s.newLabel(2));
        assertEquals(6, s.originalLabel(5));
        assertFalse(OpenSetSplit.parse("none", 3).hasNovel());
        assertEquals("--novel-classes '6,x': 'x' is not a class number in 0..7",
                assertThrows(KysException.class, () -> OpenSetSplit.parse("6,x", 8)).getMessage());
        assertEquals("--novel-classes '8': '8' is not a class number in 0..7",
                assertThrows(KysException.class, () -> OpenSetSplit.parse("8", 8)).getMessage());
        assertTrue(assertThrows(KysException.class, () -> OpenSetSplit.parse("0,1", 2)).getMessage()
                .contains("leaves no in-distribution class"));
        assertThrows(KysException.class, () -> new OpenSetSplit(new int[] {0, 1}, new int[] {1}));
    }

    @Test
    void applyReencodesInClassesAndKeepsNovelTestImages() {
        MedMnistDataset d = tagged("toy", new int[][] {{0, 1, 2, 3, 2}, {3, 0}, {1, 3, 2, 0}}, List.of("a", "b", "c", "d"));
        OpenSetData o = OpenSetSplit.parse("1", 4).apply(d);
        // in-classes 0,2,3 become 0,1,2, in their original order
        assertArrayEquals(new int[] {0, 1, 2, 1}, o.trainIn().labels());
        assertArrayEquals(new int[] {0, 2, 3, 4}, new int[] {tag(o.trainIn(), 0), tag(o.trainIn(), 1), tag(o.trainIn(), 2),
                tag(o.trainIn(), 3)});
        assertArrayEquals(new int[] {2, 0}, o.valIn().labels());
        assertArrayEquals(new int[] {2, 1, 0}, o.testIn().labels());
        assertEquals(1, o.testNovel().size());
        assertEquals(1, o.testNovel().label(0));
        assertEquals(7, tag(o.testNovel(), 0));
        assertEquals(List.of("a", "c", "d"), o.inClassNames());
        assertEquals(List.of("b"), o.novelClassNames());
        assertTrue(o.hasNovel());
        String text = o.describe();
        assertTrue(text.contains("  2 -> 1  c\n"), text);
        assertTrue(text.contains("novel classes (1):\n  1  b\n"), text);
        assertTrue(text.endsWith("images: train-in 4, val-in 2, test-in 3, test-novel 1"), text);
    }

    @Test
    void applyWithoutNovelClassesSkipsNovelEvaluation() {
        MedMnistDataset d = tagged("pair", new int[][] {{0, 1}, {1}, {0, 1}}, List.of("no", "yes"));
        OpenSetData o = OpenSetSplit.defaultFor(d).apply(d);
        assertFalse(o.hasNovel());
        assertEquals(2, o.testIn().size());
        assertTrue(o.describe().contains("none, novel-class evaluation is skipped"));
    }

    @Test
    void applyRejectsSplitsThatDoNotCoverTheClasses() {
        MedMnistDataset d = tagged("toy", new int[][] {{0, 1, 2}, {0}, {2}}, List.of("a", "b", "c"));
        KysException e = assertThrows(KysException.class, () -> new OpenSetSplit(new int[] {0}, new int[] {2}).apply(d));
        assertTrue(e.getMessage().contains("must assign each of the 3 classes of toy"), e.getMessage());
    }

    @Test
    void realRetinaDefaultSplit() {
        MedMnistDataset retina = DatasetLoader.load("retinamnist", TestData.medmnistDir());
        OpenSetData o = OpenSetSplit.defaultFor(retina).apply(retina);
        int[] counts = retina.test().classCounts();
        assertEquals(counts[3] + counts[4], o.testNovel().size());
        assertEquals(counts[0] + counts[1] + counts[2], o.testIn().size());
        assertEquals(retina.train().size() - o.trainIn().size(),
                retina.train().classCounts()[3] + retina.train().classCounts()[4]);
        assertEquals(3, o.trainIn().classCounts().length);
    }
}
