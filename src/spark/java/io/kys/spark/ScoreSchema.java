package io.kys.spark;

import io.kys.deploy.ScoreRow;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The output columns, those of {@code kys score}'s CSV: path, class, probability, score, accepted, reason. */
public final class ScoreSchema {
    /** The schema; all but the path are null where they do not apply. */
    public static final StructType SCHEMA = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("class", DataTypes.StringType, true)
            .add("probability", DataTypes.DoubleType, true)
            .add("score", DataTypes.DoubleType, true)
            .add("accepted", DataTypes.BooleanType, true)
            .add("reason", DataTypes.StringType, true);

    private ScoreSchema() { }

    /** A row of {@link #SCHEMA}. */
    public static Row toRow(ScoreRow r) {
        return r.ok()
                ? RowFactory.create(r.path(), r.className(), r.probability(), r.score(), r.accepted(), null)
                : RowFactory.create(r.path(), null, null, null, null, r.reason());
    }
}
