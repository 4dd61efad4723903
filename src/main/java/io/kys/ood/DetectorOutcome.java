package io.kys.ood;

import java.util.List;
import java.util.Objects;

/**
 * What one detector gave on one model: a result per OOD set, or the reason it could not be fitted
 * or could not score (then {@code results} is empty), so a comparison of several detectors shows a
 * failed one as a row and goes on with the others.
 *
 * @param detector the detector's registry name
 * @param results one result per OOD set, in the evaluation's order; empty when it failed
 * @param failure why it failed, or null
 * @param seconds wall time of fitting and scoring (the shared network passes not included)
 */
public record DetectorOutcome(String detector, List<OodSetResult> results, String failure, double seconds) {
    /** Copies the list; a failed outcome has no results. */
    public DetectorOutcome {
        Objects.requireNonNull(detector, "detector");
        results = List.copyOf(results);
        if (failure != null && !results.isEmpty()) {
            throw new IllegalArgumentException("a failed detector has no results");
        }
    }

    /** A detector that scored every set. */
    public static DetectorOutcome of(String detector, List<OodSetResult> results, double seconds) {
        return new DetectorOutcome(detector, results, null, seconds);
    }

    /** A detector that could not be fitted or could not score, for {@code reason}. */
    public static DetectorOutcome failed(String detector, String reason, double seconds) {
        return new DetectorOutcome(detector, List.of(), Objects.requireNonNull(reason, "reason"), seconds);
    }

    /** True when the detector could not be fitted or could not score. */
    public boolean failed() {
        return failure != null;
    }

    /** Mean AUROC over the OOD sets of {@code kind} (all sets when null); NaN when none or failed. */
    public double meanAuroc(OodKind kind) {
        return results.stream().filter(r -> kind == null || r.kind() == kind)
                .mapToDouble(r -> r.metrics().auroc()).average().orElse(Double.NaN);
    }
}
