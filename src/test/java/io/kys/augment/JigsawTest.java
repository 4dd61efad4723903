package io.kys.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import io.kys.data.UInt8Image;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JigsawTest {
    @Test
    void outputIsAPermutationOfThePatchesAndNeverTheOriginal() {
        Jigsaw jigsaw = Jigsaw.paper();
        UInt8Image img = TestImages.random(32, 32, 3, 3);
        Set<String> orders = new HashSet<>();
        for (long seed = 0; seed < 300; seed++) {
            UInt8Image out = jigsaw.apply(img, new Random(seed));
            assertFalse(Arrays.equals(img.data(), out.data()), "seed " + seed + " gave the original order");
            int[] source = new int[16];
            boolean[] used = new boolean[16];
            for (int t = 0; t < 16; t++) {
                source[t] = findSource(img, out, t, 4);
                assertTrue(source[t] >= 0, "patch " + t + " comes from the input");
                assertFalse(used[source[t]], "each input patch is used once");
                used[source[t]] = true;
            }
            orders.add(Arrays.toString(source));
        }
        assertTrue(orders.size() > 290, "permutations vary: " + orders.size() + " distinct in 300");
    }

    @Test
    void twoPatchesAlwaysSwap() {
        for (long seed = 0; seed < 50; seed++) {
            assertArrayEquals(new int[] {1, 0}, Jigsaw.nonIdentityPermutation(2, new Random(seed)));
        }
    }

    @Test
    void theRemainderOfAnIndivisibleSideStaysInPlace() {
        UInt8Image img = TestImages.random(30, 31, 1, 4);
        UInt8Image out = new Jigsaw(4).apply(img, new Random(1));
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 31; x++) {
                if (y >= 28 || x >= 28) {
                    assertEquals(img.get(y, x, 0), out.get(y, x, 0), "leftover pixel " + y + "," + x);
                }
            }
        }
        assertFalse(Arrays.equals(img.data(), out.data()));
    }

    @Test
    void gridsThatCannotShuffleAreRejected() {
        assertThrows(KysException.class, () -> new Jigsaw(1));
        UInt8Image tiny = TestImages.random(3, 3, 1, 1);
        assertThrows(KysException.class, () -> new Jigsaw(4).apply(tiny, new Random(1)));
    }

    /** Index of the input patch equal to output patch {@code t}, or -1. */
    private static int findSource(UInt8Image in, UInt8Image out, int t, int grid) {
        int p = in.height() / grid;
        for (int s = 0; s < grid * grid; s++) {
            boolean same = true;
            for (int r = 0; r < p && same; r++) {
                for (int x = 0; x < p && same; x++) {
                    for (int c = 0; c < in.channels(); c++) {
                        if (in.get((s / grid) * p + r, (s % grid) * p + x, c) != out.get((t / grid) * p + r, (t % grid) * p + x, c)) {
                            same = false;
                            break;
                        }
                    }
                }
            }
            if (same) {
                return s;
            }
        }
        return -1;
    }
}
