package io.kys.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The images of one step's single forward pass as named parts, concatenated in the order they
 * were added, so that the rows of the network's output are found by part rather than by offsets
 * that must match how the input was assembled.
 */
final class BatchLayout {
    /** The kinds of images a step can put through the network. */
    enum Part {
        /** The real ID batch, with labels. */
        ID,
        /** Mildly augmented copies of the ID batch (NDA++ and VOS++ inliers). */
        PIXEL_INLIERS,
        /** AugMix/jigsaw outliers. */
        PIXEL_OUTLIERS,
        /** RandConv outliers. */
        RANDCONV
    }

    private final List<NDArray> arrays = new ArrayList<>();
    private final Map<Part, int[]> rows = new EnumMap<>(Part.class);
    private int total;

    /** Appends {@code images} (N, C, H, W) as {@code part}; a part appears at most once. */
    BatchLayout add(Part part, NDArray images) {
        if (rows.containsKey(part)) {
            throw new IllegalStateException(part + " added twice");
        }
        int n = Math.toIntExact(images.getShape().get(0));
        rows.put(part, new int[] {total, total + n});
        arrays.add(images);
        total += n;
        return this;
    }

    /** True when the step has images of {@code part}. */
    boolean has(Part part) {
        return rows.containsKey(part);
    }

    /** The network input: every part, in the order added. */
    NDArray input() {
        return arrays.size() == 1 ? arrays.get(0) : NDArrays.concat(new NDList(arrays), 0);
    }

    /**
     * The rows of {@code output} that belong to {@code parts} (which must be adjacent in the
     * input), or null when the step has none of them.
     */
    NDArray rowsOf(NDArray output, Part... parts) {
        int from = Integer.MAX_VALUE;
        int to = -1;
        int count = 0;
        for (Part p : parts) {
            int[] r = rows.get(p);
            if (r != null) {
                from = Math.min(from, r[0]);
                to = Math.max(to, r[1]);
                count += r[1] - r[0];
            }
        }
        if (to < 0) {
            return null;
        }
        if (to - from != count) {
            throw new IllegalStateException("parts " + java.util.Arrays.toString(parts) + " are not adjacent in the batch");
        }
        return output.get(from + ":" + to);
    }
}
