package io.kys.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClassBalancedSamplerTest {
    private static final int[] LABELS = imbalanced();

    private static int[] imbalanced() {
        int[] l = new int[1000];
        Arrays.fill(l, 900, 1000, 1);
        return l;
    }

    @Test
    void balancedDrawsGiveEachClassAboutTheSameShare() {
        int[] drawn = new ClassBalancedSampler(LABELS, true).draw(20_000, Seeds.random(1));
        long minority = Arrays.stream(drawn).filter(i -> LABELS[i] == 1).count();
        assertEquals(0.5, minority / 20_000.0, 0.02);
    }

    @Test
    void plainDrawIsAPermutationOfAllImages() {
        int[] drawn = new ClassBalancedSampler(LABELS, false).draw(1000, Seeds.random(2));
        int[] sorted = drawn.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, sorted[i]);
        }
    }

    @Test
    void sameSeedSameDraw() {
        ClassBalancedSampler s = new ClassBalancedSampler(LABELS, true);
        assertArrayEquals(s.draw(500, Seeds.random(7, 3)), s.draw(500, Seeds.random(7, 3)));
    }
}
