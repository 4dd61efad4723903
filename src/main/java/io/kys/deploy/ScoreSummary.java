package io.kys.deploy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts of a batch-scoring run, and the summary line printed after it.
 */
public final class ScoreSummary {
    private long scored;
    private long accepted;
    private long failed;
    private final Map<String, Long> failures = new LinkedHashMap<>();

    /** Counts one output row. */
    public void add(ScoreRow row) {
        if (row.ok()) {
            scored++;
            if (Boolean.TRUE.equals(row.accepted())) {
                accepted++;
            }
        } else {
            failed++;
            failures.merge(kind(row.reason()), 1L, Long::sum);
        }
    }

    /** Adds another summary's counts (e.g. of another partition). */
    public void addAll(ScoreSummary other) {
        scored += other.scored;
        accepted += other.accepted;
        failed += other.failed;
        other.failures.forEach((k, v) -> failures.merge(k, v, Long::sum));
    }

    /** Inputs scored. */
    public long scored() {
        return scored;
    }

    /** Inputs scored and accepted. */
    public long accepted() {
        return accepted;
    }

    /** Inputs that could not be scored. */
    public long failed() {
        return failed;
    }

    /** Rows written. */
    public long total() {
        return scored + failed;
    }

    /** Failed inputs by the kind of reason (the reason up to its first colon or parenthesis). */
    public Map<String, Long> failuresByKind() {
        return Map.copyOf(failures);
    }

    /**
     * E.g. {@code 10000 inputs: 9990 scored (9480 accepted, 510 rejected at threshold -0.81); 10
     * not scored (4 empty file, 6 not an image), see the reason column}.
     */
    public String line(double threshold) {
        StringBuilder b = new StringBuilder();
        b.append(total()).append(" inputs: ").append(scored).append(" scored (").append(accepted)
                .append(" accepted, ").append(scored - accepted).append(" rejected at threshold ")
                .append(String.format(Locale.ROOT, "%.6g", threshold)).append(')');
        if (failed > 0) {
            b.append("; ").append(failed).append(" not scored (");
            int k = 0;
            for (Map.Entry<String, Long> e : failures.entrySet()) {
                b.append(k++ == 0 ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey());
            }
            b.append("), see the reason column");
        }
        return b.toString();
    }

    private static String kind(String reason) {
        int cut = reason.length();
        for (char c : new char[] {':', '('}) {
            int i = reason.indexOf(c);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        return reason.substring(0, cut).strip();
    }
}
