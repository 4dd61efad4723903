package io.kys.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import io.kys.data.DatasetLoader;
import io.kys.data.ImageSet;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One {@link KysDetector} shared by many threads gives every image the verdict it gets alone. */
class KysDetectorConcurrencyTest {
    private static final int IMAGES = 120;
    private static final int THREADS = 8;

    @Test
    void concurrentCallersOfAnyBatchSizeGetTheSameVerdicts() throws Exception {
        TinyBundle tiny = TinyBundle.get();
        ImageSet test = DatasetLoader.load("pneumoniamnist", tiny.data()).test();
        ImageSet breast = DatasetLoader.load("breastmnist", tiny.data()).test();
        List<BufferedImage> images = new ArrayList<>();
        for (int i = 0; i < IMAGES; i++) {
            images.add(TestPngs.toBufferedImage(i % 3 == 2 ? breast.image(i) : test.image(i)));
        }
        try (KysDetector detector = KysDetector.load(tiny.bundle(), "cpu", 64)) {
            List<Verdict> reference = detector.score(images);
            assertEquals(IMAGES, reference.size());
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    start.await();
                    Random random = new Random(seed);
                    int checked = 0;
                    for (int round = 0; round < 6; round++) {
                        int size = new int[] {1, 3, 16, 17, 40}[random.nextInt(5)];
                        List<Integer> picked = new ArrayList<>();
                        List<BufferedImage> batch = new ArrayList<>();
                        for (int k = 0; k < size; k++) {
                            int i = random.nextInt(IMAGES);
                            picked.add(i);
                            batch.add(images.get(i));
                        }
                        List<Verdict> got = size == 1 ? List.of(detector.score(batch.get(0))) : detector.score(batch);
                        for (int k = 0; k < size; k++) {
                            assertEquals(reference.get(picked.get(k)), got.get(k), "image " + picked.get(k)
                                    + " in a batch of " + size);
                            checked++;
                        }
                    }
                    return checked;
                }));
            }
            start.countDown();
            int checked = 0;
            for (Future<Integer> f : results) {
                checked += f.get();
            }
            pool.shutdown();
            assertTrue(checked >= THREADS * 6);
            Verdict first = detector.score(images.get(0), Double.NEGATIVE_INFINITY);
            assertTrue(first.accepted(), "a threshold passed in replaces the bundle's");
            assertEquals(reference.get(0).score(), first.score(), 0.0);
        }
    }

    @Test
    void aClosedDetectorSaysSo() {
        TinyBundle tiny = TinyBundle.get();
        KysDetector detector = KysDetector.load(tiny.bundle(), "cpu", 64);
        BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        detector.score(image);
        detector.close();
        KysException e = assertThrows(KysException.class, () -> detector.score(image));
        assertEquals("the detector is closed", e.getMessage());
    }
}
