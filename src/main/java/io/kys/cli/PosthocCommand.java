package io.kys.cli;

import io.kys.KysException;
import io.kys.ood.detect.Detector;
import io.kys.ood.detect.Detectors;
import io.kys.ood.detect.FeatureFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kys posthoc}: fits one post-hoc detector on training features computed elsewhere and
 * prints the score of every test sample, one a line, so features of any model (PyTorch included)
 * can be scored and compared with {@code kys metrics}.
 */
@Command(name = "posthoc", mixinStandardHelpOptions = true,
        description = {"Fit a post-hoc OOD detector on training features and print one score a line for the test features"
                + " (higher = more in-distribution).",
            "The folder holds train_features, train_labels, test_features, fc_weight, fc_bias and optionally test_logits,"
                + " each as .txt (one row a line) or .npy."})
public final class PosthocCommand implements Callable<Integer> {
    @Option(names = "--features", paramLabel = "DIR", description = "Folder of features in the layout above.")
    Path features;

    @Option(names = "--detector", paramLabel = "NAME", completionCandidates = DetectorOptions.Names.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    String detector;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "A detector parameter, repeatable (e.g. --param k=10); --list shows each detector's keys.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--list", description = "List the detectors with their parameters and defaults, then exit.")
    boolean list;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            Detectors.describeAll().forEach(out::println);
            out.flush();
            return 0;
        }
        if (features == null || detector == null) {
            throw new KysException("posthoc needs --features DIR and --detector NAME (or --list)");
        }
        // The detector first: a misspelt name or key fails before large feature files are read.
        Detector chosen = Detectors.create(detector, params);
        FeatureFolder folder = FeatureFolder.read(features);
        double[] scores = chosen.fit(folder.train()).score(folder.test());
        StringBuilder text = new StringBuilder(scores.length * 20);
        for (double s : scores) {
            text.append(s).append(System.lineSeparator());
        }
        out.print(text);
        out.flush();
        return 0;
    }
}
