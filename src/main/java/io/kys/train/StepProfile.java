package io.kys.train;

import java.util.EnumMap;
import java.util.Map;

/**
 * Wall time spent in each phase of {@link MethodStep}s, for the training benchmark's answer to
 * "where does the method step lose time". Engine calls on the CPU are synchronous, so the time
 * between two marks is the time of the work between them.
 */
public final class StepProfile {
    /** The phases of a step, in order. */
    public enum Phase {
        /** Copying the prepared images into tensors and RandConv. */
        INPUTS,
        /** The forward pass of ID and synthesized images. */
        FORWARD,
        /** Queue update, Gaussian fit, low-density sampling and the head on the samples. */
        LATENT,
        /** Loss terms. */
        LOSS,
        /** Back-propagation. */
        BACKWARD,
        /** The Adam update. */
        OPTIMIZER
    }

    private final Map<Phase, Long> nanos = new EnumMap<>(Phase.class);
    private long last;

    /** Starts timing a step. */
    void begin() {
        last = System.nanoTime();
    }

    /** Charges the time since the previous mark to {@code phase}. */
    void mark(Phase phase) {
        long now = System.nanoTime();
        nanos.merge(phase, now - last, Long::sum);
        last = now;
    }

    /** Seconds spent per phase so far. */
    public Map<Phase, Double> seconds() {
        Map<Phase, Double> s = new EnumMap<>(Phase.class);
        nanos.forEach((p, n) -> s.put(p, n / 1e9));
        return s;
    }
}
