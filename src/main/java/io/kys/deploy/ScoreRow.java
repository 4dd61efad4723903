package io.kys.deploy;

/**
 * One output row of batch scoring: a verdict, or the reason there is none.
 *
 * @param path the input's name
 * @param className the predicted class, or null when not scored
 * @param probability the predicted class's probability, NaN when not scored
 * @param score the OOD score, NaN when not scored
 * @param accepted the decision, null when not scored
 * @param reason why the input was not scored, or null when it was
 */
public record ScoreRow(String path, String className, double probability, double score, Boolean accepted,
                       String reason) {
    /** The row of a scored input. */
    public static ScoreRow scored(String path, Verdict v) {
        return new ScoreRow(path, v.className(), v.probability(), v.score(), v.accepted(), null);
    }

    /** The row of an input that could not be scored. */
    public static ScoreRow failed(String path, String reason) {
        return new ScoreRow(path, null, Double.NaN, Double.NaN, null, reason);
    }

    /** True when the input was scored. */
    public boolean ok() {
        return reason == null;
    }
}
