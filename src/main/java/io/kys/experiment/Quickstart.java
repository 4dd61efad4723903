package io.kys.experiment;

import io.kys.augment.PixelOutliers;
import io.kys.data.DatasetInfo;
import io.kys.data.DownloadSpec;
import io.kys.data.Downloader;
import io.kys.data.ImageSet;
import io.kys.data.MedMnistCatalog;
import io.kys.data.PreparedData;
import io.kys.data.Rgb32;
import io.kys.data.UInt8Image;
import io.kys.progress.ProgressListener;
import io.kys.train.Protocol;
import io.kys.train.Seeds;
import io.kys.train.TrainConfig;
import io.kys.train.TrainingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The main job: downloads a dataset if needed, trains the small CPU preset with {@code baseline}
 * and {@code ours}, evaluates novel-class and modality-shift detection, and writes a report.
 */
public final class Quickstart {
    private Quickstart() { }

    /**
     * What to run.
     *
     * @param dataset ID dataset (catalog name or path)
     * @param dataDir dataset folder
     * @param mirror base URL of a mirror for the download, or null for the official one
     * @param model model preset
     * @param epochs epochs per protocol
     * @param seed seed
     * @param protocols protocols compared
     * @param ckptDir checkpoint root
     * @param logsDir where the report goes
     * @param maxOodImages cap per OOD set (0 = all)
     * @param device {@code auto}, {@code cpu} or {@code gpu}
     */
    public record Spec(String dataset, Path dataDir, String mirror, String model, int epochs, long seed,
                       List<Protocol> protocols, Path ckptDir, Path logsDir, int maxOodImages, String device) { }

    /**
     * What it produced.
     *
     * @param runs one per protocol
     * @param report the HTML report
     */
    public record Result(List<ProtocolRun> runs, Path report) { }

    /** Runs the quickstart; {@code progress} sees downloads and epochs, {@code log} gets status lines. */
    public static Result run(Spec spec, TrainingListener listener, ProgressListener progress,
                             java.util.function.Consumer<String> log) {
        ensurePresent(spec, progress, log);
        PreparedData data = PreparedData.load(spec.dataset(), spec.dataDir(), null);
        log.accept("ID dataset " + data.dataset().name() + ": " + data.data().describe());
        Map<String, ImageSet> others = DataPreparation.otherDatasets(data.dataset().name(), spec.dataDir(),
                spec.maxOodImages(), spec.seed());
        log.accept("modality-shift sets present: " + (others.isEmpty() ? "none" : String.join(", ", others.keySet())));
        ProtocolComparison comparison = new ProtocolComparison(data,
                EvaluationSets.of(data, 0, spec.seed(), others, spec.dataDir()), spec.ckptDir(), spec.device(), 0);
        List<ProtocolRun> runs = new ArrayList<>();
        for (Protocol p : spec.protocols()) {
            TrainConfig config = Budget.CPU_MEDIUM.base().toBuilder().model(spec.model()).protocol(p)
                    .epochs(spec.epochs()).seed(spec.seed()).build();
            log.accept("training " + p.cliName() + " (" + spec.model() + ", " + spec.epochs() + " epochs)");
            runs.add(comparison.run(config, RunNames.of("quickstart", p, spec.seed()), listener, progress));
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path report = spec.logsDir().resolve("quickstart-" + data.dataset().name() + "-" + stamp + ".html");
        List<UInt8Image> samples = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        ImageSet train32 = Rgb32.of(DataPreparation.limit(data.data().trainIn(), 6, spec.seed()));
        for (int i = 0; i < train32.size(); i++) {
            samples.add(train32.image(i));
            captions.add("ID " + data.data().inClassNames().get(train32.label(i)));
            samples.add(PixelOutliers.paper().apply(train32.image(i), Seeds.random(spec.seed(), i)));
            captions.add("pixel outlier");
        }
        String intro = "Quickstart on **" + data.dataset().name() + "**: " + data.data().describe().replace("\n", " ")
                + "  \nModel `" + spec.model() + "`, " + spec.epochs() + " epochs per protocol, seed " + spec.seed()
                + ". A small CPU budget: the paper trains WRN-40-2 for 100 epochs.";
        ComparisonReport.html("kys quickstart: " + data.dataset().name(), intro, runs, samples, captions).write(report);
        return new Result(runs, report);
    }

    private static void ensurePresent(Spec spec, ProgressListener progress, java.util.function.Consumer<String> log) {
        Optional<DatasetInfo> info = MedMnistCatalog.standard().find(spec.dataset());
        if (info.isEmpty() || Files.isRegularFile(spec.dataDir().resolve(info.get().fileName()))) {
            return;
        }
        log.accept(spec.dataset() + " is not in " + spec.dataDir() + ": downloading it");
        DownloadSpec download = spec.mirror() == null ? DownloadSpec.official(info.get())
                : DownloadSpec.mirror(info.get(), spec.mirror());
        new Downloader().download(download, spec.dataDir(), progress);
    }
}
