package io.kys.deploy;

import java.util.Arrays;

/**
 * A detector's decision on one image.
 *
 * @param predictedClass the classifier's class, an index into the bundle's in-class names
 * @param className that class's name
 * @param probabilities the softmax over the in-classes, in class order
 * @param score the OOD score, higher meaning more in-distribution
 * @param threshold the threshold the decision was made at
 * @param accepted whether {@code score >= threshold}: the image may be classified
 */
public record Verdict(int predictedClass, String className, double[] probabilities, double score, double threshold,
                      boolean accepted) {
    /** Keeps its own copy of the probabilities. */
    public Verdict {
        probabilities = probabilities.clone();
    }

    /** The probability of the predicted class. */
    public double probability() {
        return probabilities[predictedClass];
    }

    /** A copy of the class probabilities. */
    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Verdict v && v.predictedClass == predictedClass && v.className.equals(className)
                && Arrays.equals(v.probabilities, probabilities) && Double.compare(v.score, score) == 0
                && Double.compare(v.threshold, threshold) == 0 && v.accepted == accepted;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(probabilities) * 31 + Double.hashCode(score) * 17 + predictedClass;
    }

    @Override
    public String toString() {
        return (accepted ? "accepted " : "rejected ") + className + " (p " + probability() + "), score " + score
                + (accepted ? " >= " : " < ") + threshold;
    }
}
