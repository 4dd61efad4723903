package io.kys.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureQueuesTest {

    @Test
    void keepsTheLatestVectorsOldestFirst() {
        FeatureQueues q = new FeatureQueues(2, 3, 2);
        // Class 0 gets vectors (1,1) .. (5,5); class 1 gets one vector.
        q.add(new float[] {1, 1, 2, 2, 9, 9}, new int[] {0, 0, 1});
        assertArrayEquals(new float[] {1, 1, 2, 2}, q.vectors(0));
        q.add(new float[] {3, 3, 4, 4, 5, 5}, new int[] {0, 0, 0});
        assertArrayEquals(new float[] {3, 3, 4, 4, 5, 5}, q.vectors(0), "1 and 2 must be evicted, order kept");
        assertEquals(3, q.size(0));
        assertEquals(1, q.size(1));
        assertEquals(4, q.totalSize());
        assertArrayEquals(new float[] {9, 9}, q.vectors(1));
    }

    @Test
    void fullOnlyWhenEveryClassIsFull() {
        FeatureQueues q = new FeatureQueues(2, 2, 1);
        q.add(new float[] {1, 2, 3}, new int[] {0, 0, 0});
        assertFalse(q.allFull());
        q.add(new float[] {4}, new int[] {1});
        assertFalse(q.allFull());
        q.add(new float[] {5}, new int[] {1});
        assertTrue(q.allFull());
    }

    @Test
    void storesCopiesNotTheCallersArray() {
        FeatureQueues q = new FeatureQueues(1, 2, 2);
        float[] batch = {1, 2};
        q.add(batch, new int[] {0});
        batch[0] = 100;
        assertArrayEquals(new float[] {1, 2}, q.vectors(0));
    }

    @Test
    void rejectsBadLabelsAndLengthsWithoutChangingAnything() {
        FeatureQueues q = new FeatureQueues(2, 2, 2);
        assertThrows(IllegalArgumentException.class, () -> q.add(new float[] {1, 2, 3, 4}, new int[] {0, 2}));
        assertThrows(IllegalArgumentException.class, () -> q.add(new float[] {1, 2, 3}, new int[] {0, 1}));
        assertEquals(0, q.totalSize());
    }

    @Test
    void restoredQueuesBehaveExactlyLikeTheOriginal() {
        Random r = new Random(3);
        FeatureQueues original = new FeatureQueues(3, 5, 4);
        addRandomBatch(original, r, 11); // wraps some rings
        FeatureQueues restored = FeatureQueues.restore(original.snapshot());
        for (int step = 0; step < 4; step++) {
            long seed = r.nextLong();
            addRandomBatch(original, new Random(seed), 3);
            addRandomBatch(restored, new Random(seed), 3);
        }
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(original.vectors(c), restored.vectors(c), "class " + c);
        }
        assertEquals(original.allFull(), restored.allFull());
        assertTrue(Arrays.equals(original.snapshot(), restored.snapshot()));
    }

    @Test
    void rejectsBytesThatAreNotASnapshot() {
        assertThrows(IllegalArgumentException.class, () -> FeatureQueues.restore(new byte[] {1, 2, 3}));
        byte[] snap = new FeatureQueues(2, 2, 2).snapshot();
        assertThrows(IllegalArgumentException.class, () -> FeatureQueues.restore(Arrays.copyOf(snap, snap.length + 1)));
    }

    private static void addRandomBatch(FeatureQueues q, Random r, int n) {
        float[] features = new float[n * q.dim()];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = r.nextInt(q.numClasses());
            for (int j = 0; j < q.dim(); j++) {
                features[i * q.dim() + j] = (float) r.nextGaussian();
            }
        }
        q.add(features, labels);
    }
}
