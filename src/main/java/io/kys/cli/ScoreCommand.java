package io.kys.cli;

import io.kys.AtomicFiles;
import io.kys.KysException;
import io.kys.deploy.ImageDecoder;
import io.kys.deploy.KysDetector;
import io.kys.deploy.NpzSelection;
import io.kys.deploy.ScoreCsv;
import io.kys.deploy.ScoreInputs;
import io.kys.deploy.ScoreSummary;
import io.kys.deploy.SparkProcess;
import io.kys.deploy.StreamingScorer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kys score BUNDLE PATH...}: scores image files, folders and {@code .npz} archives with an
 * exported bundle into a CSV, in fixed-size batches; {@code --spark MASTER} runs the same scoring
 * as a Spark job.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score images with a bundle from `kys export`: image files (PNG, JPEG, BMP, GIF, TIFF), folders "
                + "(recursively) and .npz archives. Writes path,class,probability,score,accepted,reason as CSV.",
            "Images of any size and channel count are converted as the training images were made (to the training size "
                + "with area interpolation, gray or RGB as the model expects), then preprocessed as in training.",
            "Unreadable, truncated or non-image files get a row with the reason; a summary line counts them."})
public final class ScoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BUNDLE", description = "The bundle (.zip) from kys export.")
    Path bundle;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Image files, folders or .npz archives.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE",
            description = "CSV to write, atomically (default: standard output); with --spark a folder, Parquet unless "
                    + "it ends in .csv.")
    Path out;

    @Option(names = "--threshold", description = "Decide at this score instead of the bundle's threshold.")
    Double threshold;

    @Option(names = "--batch-size", defaultValue = "256", description = "Images per forward pass (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--threads", description = "Decoding threads (default: the cores, at most 4).")
    Integer threads;

    @Option(names = "--npz-split", defaultValue = "test", description = "test|all: which images of an .npz (default: ${DEFAULT-VALUE}).")
    String npzSplit;

    @Option(names = "--max-pixels", defaultValue = "" + ImageDecoder.DEFAULT_MAX_PIXELS,
            description = "Refuse images declaring more pixels, before decoding (default: ${DEFAULT-VALUE}).")
    long maxPixels;

    @Option(names = "--device", defaultValue = "auto", description = "auto|cpu|gpu (default: ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--spark", paramLabel = "MASTER",
            description = "Run as a Spark job on this master, e.g. local[2] (needs a build with -Pspark).")
    String spark;

    @Option(names = "--partitions", defaultValue = "0",
            description = "With --spark: partitions, one detector each (default: twice the default parallelism).")
    int partitions;

    @Override
    public Integer call() {
        if (spark != null) {
            return runOnSpark();
        }
        NpzSelection selection = NpzSelection.parse(npzSplit);
        ImageDecoder decoder = new ImageDecoder(maxPixels);
        long total = ScoreInputs.count(paths, selection);
        int decodeThreads = threads != null ? threads : Math.min(4, Runtime.getRuntime().availableProcessors());
        try (KysDetector detector = KysDetector.load(bundle, device, Math.max(batchSize, 16));
             StreamingScorer scorer = new StreamingScorer(detector, batchSize, decodeThreads,
                     threshold != null ? threshold : detector.threshold())) {
            double t = threshold != null ? threshold : detector.threshold();
            ScoreSummary[] summary = new ScoreSummary[1];
            AtomicFiles.StreamWriter write = stream -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                ScoreCsv.writeHeader(w);
                summary[0] = scorer.run(ScoreInputs.of(paths, decoder, selection), row -> {
                    try {
                        ScoreCsv.write(w, row);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, new ConsoleProgress(), total);
                w.flush();
            };
            PrintStream report;
            try {
                if (out != null) {
                    AtomicFiles.write(out, write);
                    report = System.out;
                } else {
                    write.writeTo(System.out);
                    report = System.err;
                }
            } catch (IOException | UncheckedIOException e) {
                throw new KysException("cannot write the scores: " + e.getMessage(), e);
            }
            report.println(summary[0].line(t) + (out != null ? "; scores written to " + out : ""));
        }
        return 0;
    }

    private int runOnSpark() {
        if (out == null) {
            throw new KysException("--spark writes a folder; name it with --out (Parquet, or CSV when it ends in .csv)");
        }
        List<String> args = new ArrayList<>(List.of("--master", spark, "--bundle", bundle.toString(), "--out",
                out.toString(), "--batch-size", Integer.toString(batchSize), "--max-pixels", Long.toString(maxPixels),
                "--partitions", Integer.toString(partitions), "--device", device));
        if (threshold != null) {
            args.add("--threshold");
            args.add(threshold.toString());
        }
        paths.forEach(p -> args.add(p.toString()));
        return SparkProcess.run(args);
    }
}
