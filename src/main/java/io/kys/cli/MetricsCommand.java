package io.kys.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.kys.KysException;
import io.kys.ood.Bootstrap;
import io.kys.ood.ConfidenceInterval;
import io.kys.ood.OodMetrics;
import io.kys.ood.ScoreFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kys metrics}: OOD metrics of two score files (one score a line, higher meaning more
 * in-distribution), as a table or as one JSON object.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "OOD metrics (AUROC, AUPR-In/Out, FPR at 95%% TPR, detection error) of an ID and an OOD score file.")
public final class MetricsCommand implements Callable<Integer> {
    @Option(names = "--in", required = true, paramLabel = "IN.txt",
            description = "In-distribution scores, one a line (e.g. scores_energy_In.txt).")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT.txt",
            description = "Out-of-distribution scores, one a line (e.g. scores_energy_Out.txt).")
    Path out;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--bootstrap", paramLabel = "N",
            description = "Add a 95%% bootstrap interval of AUROC from N resamples (1000 is usual).")
    Integer bootstrap;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S",
            description = "Seed of the bootstrap resampling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (bootstrap != null && bootstrap < 1) {
            throw new KysException("--bootstrap must be at least 1, got " + bootstrap);
        }
        double[] idScores = ScoreFiles.read(in);
        double[] oodScores = ScoreFiles.read(out);
        OodMetrics result = OodMetrics.of(idScores, oodScores);
        ConfidenceInterval interval = bootstrap == null
                ? null : Bootstrap.aurocInterval(idScores, oodScores, bootstrap, seed);
        PrintWriter printer = spec.commandLine().getOut();
        printer.println(json
                ? json(result, interval, idScores.length, oodScores.length)
                : table(result, interval, idScores.length, oodScores.length));
        printer.flush();
        return 0;
    }

    private static String json(OodMetrics result, ConfidenceInterval interval, int nIn, int nOut) {
        JsonObject object = new JsonObject();
        result.asMap().forEach(object::addProperty);
        if (interval != null) {
            JsonArray ci = new JsonArray();
            ci.add(interval.low());
            ci.add(interval.high());
            object.add("auroc_ci", ci);
        }
        object.addProperty("n_in", nIn);
        object.addProperty("n_out", nOut);
        return new GsonBuilder().create().toJson(object);
    }

    private String table(OodMetrics result, ConfidenceInterval interval, int nIn, int nOut) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%-17s %8d  %s%n", "ID scores", nIn, in));
        text.append(String.format(Locale.ROOT, "%-17s %8d  %s%n%n", "OOD scores", nOut, out));
        Map<String, String> names = OodMetrics.displayNames();
        for (Map.Entry<String, Double> metric : result.asMap().entrySet()) {
            text.append(String.format(Locale.ROOT, "%-17s %8.4f", names.get(metric.getKey()), metric.getValue()));
            if (interval != null && metric.getKey().equals("auroc")) {
                text.append(String.format(Locale.ROOT, "  95%% CI [%.4f, %.4f] (%d resamples, seed %d)",
                        interval.low(), interval.high(), interval.resamples(), seed));
            }
            text.append(System.lineSeparator());
        }
        return text.toString().stripTrailing();
    }
}
