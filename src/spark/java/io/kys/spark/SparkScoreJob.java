package io.kys.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.kys.KysException;
import io.kys.engine.EngineSetup;
import io.kys.deploy.BundleReader;
import io.kys.deploy.ImageDecoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Scores images with a kys bundle on Spark. Inputs are image files or folders of them (listed
 * recursively on the driver, read by the executors; {@link HadoopFiles}) and Parquet tables
 * ({@code *.parquet}) with a {@code path} string and a {@code content} binary column, the layout
 * of Spark's {@code binaryFile} source. The bundle is shipped to the executors with
 * {@code addFile}; each partition loads one detector; the output has {@code kys score}'s
 * columns, as Parquet, or CSV with a header when {@code --out} ends in {@code .csv}. Scores equal
 * the single-machine path's for the same images, whatever the partitioning.
 *
 * <pre>
 * spark-submit --class io.kys.spark.SparkScoreJob --master yarn --jars "$(ls target/lib/*.jar | paste -sd,)" \
 *     target/kys.jar --bundle detector.zip --out hdfs:///scores.parquet hdfs:///images/
 * </pre>
 */
@Command(name = "kys-spark-score", mixinStandardHelpOptions = true,
        description = "Score a folder of images or a Parquet table (path, content) with a kys bundle on Spark.")
public final class SparkScoreJob implements Callable<Integer> {
    @Option(names = "--master", description = "Spark master, e.g. local[2] (default: what spark-submit set).")
    String master;

    @Option(names = "--bundle", required = true, description = "The bundle (.zip) from kys export.")
    String bundle;

    @Option(names = "--out", required = true, description = "Output folder: Parquet, or CSV when it ends in .csv.")
    String out;

    @Option(names = "--batch-size", defaultValue = "256", description = "Images per forward pass (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--max-pixels", defaultValue = "" + ImageDecoder.DEFAULT_MAX_PIXELS,
            description = "Refuse images declaring more pixels (default: ${DEFAULT-VALUE}).")
    long maxPixels;

    @Option(names = "--partitions", defaultValue = "0",
            description = "Partitions, one detector each; 0 = twice the default parallelism (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--threshold", description = "Decide at this score instead of the bundle's threshold.")
    Double threshold;

    @Option(names = "--device", defaultValue = "auto", description = "auto|cpu|gpu on the executors (default: ${DEFAULT-VALUE}).")
    String device;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Folders of images, or Parquet tables (*.parquet).")
    List<String> inputs = new ArrayList<>();

    /** Runs the job from the command line (spark-submit, or {@code kys score --spark}). */
    public static void main(String[] args) {
        EngineSetup.offline();
        CommandLine cli = new CommandLine(new SparkScoreJob());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            commandLine.getErr().println("error: " + m.lines().findFirst().orElse(m));
            return ex instanceof KysException ? 1 : 2;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() {
        double t = threshold != null ? threshold : BundleReader.manifest(Path.of(bundle)).calibration().threshold();
        SparkSession.Builder builder = SparkSession.builder().appName("kys score");
        if (master != null) {
            builder = local(builder.master(master), master);
        }
        SparkSession spark = builder.getOrCreate();
        try {
            Dataset<Row> scores = score(spark, Path.of(bundle), inputs, new Options(device, batchSize, maxPixels,
                    partitions, threshold));
            write(scores, out);
            System.out.println(summary(read(spark, out), t) + "; scores written to " + out);
        } finally {
            spark.stop();
        }
        return 0;
    }

    /**
     * Scoring settings.
     *
     * @param device executors' device
     * @param batchSize images per forward pass
     * @param maxPixels decoder's pixel limit
     * @param partitions partitions (0 = twice the default parallelism)
     * @param threshold decision threshold, or null for the bundle's
     */
    public record Options(String device, int batchSize, long maxPixels, int partitions, Double threshold)
            implements java.io.Serializable { }

    /** The rows partitions receive: a file to read, or a table row whose content is at hand. */
    static final StructType INPUT_SCHEMA = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("content", DataTypes.BinaryType, true)
            .add("table", DataTypes.BooleanType, false);

    /** Session settings for a local master: no web UI, the loopback address. */
    static SparkSession.Builder local(SparkSession.Builder builder, String master) {
        if (!master.startsWith("local")) {
            return builder;
        }
        return builder.config("spark.ui.enabled", "false").config("spark.driver.host", "localhost")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "4");
    }

    /**
     * The scores of every file under {@code inputs} (folders or files, on any Hadoop file system)
     * and of every row of the Parquet tables among them ({@code *.parquet}); lazy: nothing is
     * scored until the result is written or collected. Spark ships a file path once per context,
     * so a session that scores with a bundle must not score with another file at the same path.
     *
     * @throws KysException when the bundle or an input is missing
     */
    public static Dataset<Row> score(SparkSession spark, Path bundle, List<String> inputs, Options options) {
        BundleReader.manifest(bundle);
        if (inputs.isEmpty()) {
            throw new KysException("nothing to score: name folders of images or Parquet tables");
        }
        spark.sparkContext().addFile(bundle.toAbsolutePath().toString());
        int wanted = options.partitions() > 0 ? options.partitions() : 2 * spark.sparkContext().defaultParallelism();
        List<Row> files = new ArrayList<>();
        Dataset<Row> images = null;
        for (String input : inputs) {
            if (input.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
                Dataset<Row> table = spark.read().parquet(input).select(col("path"), col("content"), lit(true).as("table"));
                images = images == null ? table : images.union(table);
            } else {
                HadoopFiles.list(input, spark.sparkContext().hadoopConfiguration())
                        .forEach(f -> files.add(RowFactory.create(f, null, false)));
            }
        }
        if (!files.isEmpty()) {
            // Contiguous slices of the sorted listing: each partition reads its files in name order.
            JavaRDD<Row> slices = JavaSparkContext.fromSparkContext(spark.sparkContext())
                    .parallelize(files, Math.min(wanted, files.size()));
            Dataset<Row> listed = spark.createDataFrame(slices, INPUT_SCHEMA);
            images = images == null ? listed : listed.union(images);
        }
        int current = images.rdd().getNumPartitions();
        if (current > wanted) {
            images = images.coalesce(wanted);
        } else if (current < wanted && files.isEmpty()) {
            images = images.repartition(wanted);
        }
        return images.mapPartitions(new PartitionScorer(bundle.getFileName().toString(), options.device(),
                options.batchSize(), options.maxPixels(), options.threshold()), Encoders.row(ScoreSchema.SCHEMA));
    }

    /** Writes scores as Parquet, or as CSV with a header when {@code out} ends in {@code .csv}; replaces {@code out}. */
    public static void write(Dataset<Row> scores, String out) {
        if (out.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            scores.write().mode(SaveMode.Overwrite).option("header", "true").csv(out);
        } else {
            scores.write().mode(SaveMode.Overwrite).parquet(out);
        }
    }

    /** Reads what {@link #write} wrote. */
    public static Dataset<Row> read(SparkSession spark, String out) {
        return out.toLowerCase(Locale.ROOT).endsWith(".csv")
                ? spark.read().option("header", "true").schema(ScoreSchema.SCHEMA).csv(out)
                : spark.read().parquet(out);
    }

    /** The summary line of written scores, as {@code kys score} prints it. */
    static String summary(Dataset<Row> scores, double threshold) {
        Row r = scores.agg(count("*"), count(col("score")), sum(when(col("accepted"), 1).otherwise(0))).first();
        long total = r.getLong(0);
        long scored = r.getLong(1);
        long accepted = r.isNullAt(2) ? 0 : r.getLong(2);
        return String.format(Locale.ROOT, "%d inputs: %d scored (%d accepted, %d rejected at threshold %.6g)%s", total,
                scored, accepted, scored - accepted, threshold,
                total > scored ? "; " + (total - scored) + " not scored, see the reason column" : "");
    }

    /** A local path for {@code file:} URIs (as the single-machine CSV names files); other URIs as they are. */
    static String localPath(String path) {
        if (!path.startsWith("file:")) {
            return path;
        }
        return new org.apache.hadoop.fs.Path(path).toUri().getPath();
    }
}
