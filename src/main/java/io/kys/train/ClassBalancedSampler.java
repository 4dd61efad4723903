package io.kys.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws the indices of one epoch. Balanced mode draws with replacement with weight
 * {@code 1/n_c} per image of class c, which is the same as choosing a class uniformly and then an
 * image of it uniformly; plain mode is a shuffle of all images.
 */
public final class ClassBalancedSampler {
    private final int[][] byClass;
    private final int size;
    private final boolean balanced;

    /**
     * @param labels class of every training image (0..k-1)
     * @param balanced true for class-balanced drawing with replacement
     */
    public ClassBalancedSampler(int[] labels, boolean balanced) {
        int k = 0;
        for (int l : labels) {
            k = Math.max(k, l + 1);
        }
        List<List<Integer>> lists = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            lists.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            lists.get(labels[i]).add(i);
        }
        this.byClass = lists.stream().filter(l -> !l.isEmpty())
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        this.size = labels.length;
        this.balanced = balanced;
    }

    /** {@code count} indices for one epoch, drawn with {@code rnd}. */
    public int[] draw(int count, Random rnd) {
        int[] out = new int[count];
        if (balanced) {
            for (int i = 0; i < count; i++) {
                int[] members = byClass[rnd.nextInt(byClass.length)];
                out[i] = members[rnd.nextInt(members.length)];
            }
            return out;
        }
        int[] perm = new int[size];
        for (int i = 0; i < size; i++) {
            perm[i] = i;
        }
        int filled = 0;
        while (filled < count) {
            for (int i = size - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            int take = Math.min(size, count - filled);
            System.arraycopy(perm, 0, out, filled, take);
            filled += take;
        }
        return out;
    }
}
