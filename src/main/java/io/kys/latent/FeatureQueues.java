package io.kys.latent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * One first-in-first-out queue per class of the latest feature vectors of that class's training
 * samples; once a queue is full each new vector replaces the oldest. The vectors are copies, so
 * nothing here holds on to a network's arrays or its autograd graph.
 */
public final class FeatureQueues {
    private static final int SNAPSHOT_MAGIC = 0x4b595351; // "KYSQ"
    private static final int SNAPSHOT_VERSION = 1;

    private final int numClasses;
    private final int capacity;
    private final int dim;
    /** Per class a ring of {@code capacity} vectors, {@code dim} floats each. */
    private final float[][] rings;
    private final int[] sizes;
    /** Per class the slot the next vector goes to; in a full ring, also the oldest vector. */
    private final int[] next;

    /**
     * Creates empty queues.
     *
     * @param numClasses number of classes (queues)
     * @param capacity vectors kept per class (the paper keeps 250)
     * @param dim length of each feature vector
     */
    public FeatureQueues(int numClasses, int capacity, int dim) {
        if (numClasses < 1 || capacity < 1 || dim < 1) {
            throw new IllegalArgumentException("need positive sizes, got " + numClasses + " classes, capacity "
                    + capacity + ", dim " + dim);
        }
        this.numClasses = numClasses;
        this.capacity = capacity;
        this.dim = dim;
        this.rings = new float[numClasses][Math.multiplyExact(capacity, dim)];
        this.sizes = new int[numClasses];
        this.next = new int[numClasses];
    }

    /** Number of classes. */
    public int numClasses() {
        return numClasses;
    }

    /** Vectors kept per class. */
    public int capacity() {
        return capacity;
    }

    /** Length of each feature vector. */
    public int dim() {
        return dim;
    }

    /**
     * Appends a batch of feature vectors in batch order, each to the queue of its label.
     *
     * @param featuresRowMajor {@code labels.length x dim} values, one row per sample
     * @param labels class index of each row
     */
    public void add(float[] featuresRowMajor, int[] labels) {
        if (featuresRowMajor.length != (long) labels.length * dim) {
            throw new IllegalArgumentException(featuresRowMajor.length + " feature values for " + labels.length
                    + " labels of dimension " + dim);
        }
        for (int label : labels) {
            if (label < 0 || label >= numClasses) {
                throw new IllegalArgumentException("label " + label + " outside 0.." + (numClasses - 1));
            }
        }
        for (int i = 0; i < labels.length; i++) {
            push(labels[i], featuresRowMajor, i * dim);
        }
    }

    private void push(int label, float[] source, int offset) {
        System.arraycopy(source, offset, rings[label], next[label] * dim, dim);
        next[label] = (next[label] + 1) % capacity;
        if (sizes[label] < capacity) {
            sizes[label]++;
        }
    }

    /** Number of vectors in the queue of {@code classIndex}. */
    public int size(int classIndex) {
        return sizes[classIndex];
    }

    /** Number of vectors in all queues together. */
    public int totalSize() {
        return Arrays.stream(sizes).sum();
    }

    /** Whether every class's queue holds {@link #capacity()} vectors. */
    public boolean allFull() {
        return Arrays.stream(sizes).allMatch(s -> s == capacity);
    }

    /** A copy of the vectors of {@code classIndex}, oldest first, {@code size x dim} row-major. */
    public float[] vectors(int classIndex) {
        int size = sizes[classIndex];
        float[] out = new float[size * dim];
        int oldest = size < capacity ? 0 : next[classIndex];
        int firstPart = Math.min(size, capacity - oldest);
        System.arraycopy(rings[classIndex], oldest * dim, out, 0, firstPart * dim);
        System.arraycopy(rings[classIndex], 0, out, firstPart * dim, (size - firstPart) * dim);
        return out;
    }

    /** The whole content as bytes, for a training checkpoint; {@link #restore} reverses it. */
    public byte[] snapshot() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(SNAPSHOT_MAGIC);
            out.writeInt(SNAPSHOT_VERSION);
            out.writeInt(numClasses);
            out.writeInt(capacity);
            out.writeInt(dim);
            for (int c = 0; c < numClasses; c++) {
                float[] v = vectors(c);
                out.writeInt(sizes[c]);
                for (float x : v) {
                    out.writeFloat(x);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Rebuilds queues from {@link #snapshot()} bytes: same vectors in the same order, so later
     * additions evict exactly what they would have evicted in the original.
     *
     * @throws IllegalArgumentException when the bytes are not a snapshot
     */
    public static FeatureQueues restore(byte[] snapshot) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot))) {
            if (in.readInt() != SNAPSHOT_MAGIC || in.readInt() != SNAPSHOT_VERSION) {
                throw new IllegalArgumentException("not a feature-queue snapshot");
            }
            FeatureQueues queues = new FeatureQueues(in.readInt(), in.readInt(), in.readInt());
            for (int c = 0; c < queues.numClasses; c++) {
                int size = in.readInt();
                if (size < 0 || size > queues.capacity) {
                    throw new IllegalArgumentException("corrupt feature-queue snapshot: class " + c + " size " + size);
                }
                float[] row = new float[queues.dim];
                for (int i = 0; i < size; i++) {
                    for (int j = 0; j < queues.dim; j++) {
                        row[j] = in.readFloat();
                    }
                    queues.push(c, row, 0);
                }
            }
            if (in.available() != 0) {
                throw new IllegalArgumentException("corrupt feature-queue snapshot: trailing bytes");
            }
            return queues;
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated feature-queue snapshot", e);
        }
    }
}
