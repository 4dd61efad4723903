package io.kys.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.kys.data.UInt8Image;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class BatchAugmentTest {
    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        List<UInt8Image> images = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            images.add(TestImages.random(32, 32, 3, i));
        }
        List<UInt8Image> serial = BatchAugment.apply(PixelOutliers.paper(), images, 99, null, 1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<UInt8Image> parallel = BatchAugment.apply(PixelOutliers.paper(), images, 99, pool, 3);
            assertEquals(serial.size(), parallel.size());
            for (int i = 0; i < serial.size(); i++) {
                assertArrayEquals(serial.get(i).data(), parallel.get(i).data(), "image " + i);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void equalImagesInOneBatchGetDifferentDraws() {
        UInt8Image img = TestImages.random(32, 32, 3, 1);
        List<UInt8Image> out = BatchAugment.apply(Jigsaw.paper(), List.of(img, img), 5, null, 1);
        assertFalse(Arrays.equals(out.get(0).data(), out.get(1).data()));
    }
}
