package io.kys.experiment;

import io.kys.AtomicFiles;
import io.kys.KysException;
import io.kys.data.DatasetInfo;
import io.kys.data.MedMnistCatalog;
import io.kys.data.PreparedData;
import io.kys.ood.detect.DetectorSpec;
import io.kys.progress.ProgressListener;
import io.kys.train.Protocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The paper's comparison as a grid: every dataset x protocol x seed is trained at one budget
 * ({@link Budget}) and evaluated against the dataset's novel classes and every other
 * dataset present; the results go to {@code results.csv}, {@code summary.md} and
 * {@code report.html} in the output folder.
 *
 * <p>A grid can be killed and run again with the same arguments: a cell whose result is
 * recorded ({@link CellStore}) is not trained again, and a half-trained cell resumes its run
 * folder ({@code <out>/runs/<model>/<dataset>/<preset>-<protocol>-s<seed>/}) from the last
 * epoch. A recorded cell is reused only when it was evaluated against the same OOD sets as now and
 * with every detector asked for now (a cell recorded without detectors was evaluated with energy
 * only); otherwise its finished run is evaluated again, from the features cached in its run folder.
 *
 * <p>With detectors ({@code --detectors}) the grid gains their axis: {@code results.csv} a
 * {@code detector} column, the summary and the report a protocol x detector table of mean AUROC.
 * The grid's other tables read the first detector. Without, the output is as before detectors existed.
 */
public final class Reproduction {
    /**
     * Seed of the subsets drawn from large modality-shift and validation sets: one subset for
     * every cell of a dataset, so protocols and seeds are compared on the same images.
     */
    public static final long OOD_SUBSET_SEED = 0;

    private Reproduction() { }

    /**
     * What to run.
     *
     * @param datasets ID datasets (catalog names); empty for {@link #defaultDatasets(Path)}
     * @param protocols protocols of the grid
     * @param seeds number of seeds: seeds 0 .. seeds-1
     * @param preset the budget of every cell
     * @param dataDir folder of the MedMNIST files
     * @param outDir folder of the run folders, cells and results
     * @param device {@code auto}, {@code cpu} or {@code gpu}
     * @param runPrefix first part of the run folders' names; grids that share it (budgets of one study
     *     that differ only in epochs) continue each other's runs instead of training anew
     * @param detectors the detectors every cell is evaluated with, the first one main; empty for the
     *     method's energy alone and no detector axis
     */
    public record Spec(List<String> datasets, List<Protocol> protocols, int seeds, Budget preset,
                       Path dataDir, Path outDir, String device, String runPrefix, List<DetectorSpec> detectors) {
        /** A grid whose run folders are named after its preset. */
        public Spec(List<String> datasets, List<Protocol> protocols, int seeds, Budget preset,
                    Path dataDir, Path outDir, String device) {
            this(datasets, protocols, seeds, preset, dataDir, outDir, device, preset.name());
        }

        /** A grid without a detector axis. */
        public Spec(List<String> datasets, List<Protocol> protocols, int seeds, Budget preset,
                    Path dataDir, Path outDir, String device, String runPrefix) {
            this(datasets, protocols, seeds, preset, dataDir, outDir, device, runPrefix, List.of());
        }

        /** Checks the grid is not empty and has no repeated entry. */
        public Spec {
            datasets = List.copyOf(datasets);
            protocols = List.copyOf(protocols);
            detectors = List.copyOf(detectors);
            if (runPrefix == null || runPrefix.isBlank() || runPrefix.contains("/")) {
                throw new KysException("a run prefix must be a plain name, got '" + runPrefix + "'");
            }
            if (seeds < 1) {
                throw new KysException("--seeds must be at least 1, got " + seeds);
            }
            if (protocols.isEmpty()) {
                throw new KysException("no protocol given; choose from baseline, nda, nda++, vos, vos++, ours");
            }
            if (new HashSet<>(protocols).size() != protocols.size() || new HashSet<>(datasets).size() != datasets.size()) {
                throw new KysException("a protocol or dataset is listed twice: " + protocols + " " + datasets);
            }
        }
    }

    /**
     * What a grid produced.
     *
     * @param cells every cell's result, in grid order (the rows of {@code results.csv}, grouped by cell)
     * @param summary the cells arranged by dataset, protocol and seed
     * @param markdown the Markdown summary (also written to {@code summary.md})
     * @param csv path of {@code results.csv}
     * @param markdownFile path of {@code summary.md}
     * @param report path of {@code report.html}
     * @param trained cells trained or evaluated in this invocation
     * @param reused cells whose recorded result was reused
     */
    public record Result(List<CellResult> cells, GridSummary summary, String markdown, Path csv, Path markdownFile,
                         Path report, int trained, int reused) { }

    /**
     * The default datasets: the paper's eight that are in {@code dataDir}; when none is, every
     * other single-label catalog dataset there (e.g. pneumoniamnist, breastmnist, retinamnist).
     */
    public static List<String> defaultDatasets(Path dataDir) {
        List<String> paper = PaperResults.datasets().stream()
                .filter(d -> Files.isRegularFile(dataDir.resolve(MedMnistCatalog.standard().require(d).fileName())))
                .toList();
        if (!paper.isEmpty()) {
            return paper;
        }
        return MedMnistCatalog.standard().all().stream()
                .filter(i -> !i.multiLabel() && Files.isRegularFile(dataDir.resolve(i.fileName())))
                .map(DatasetInfo::name).toList();
    }

    /**
     * Runs the grid (only its unfinished cells) and writes the results.
     *
     * @param spec what to run
     * @param listener sees datasets, cells and the training inside each cell
     * @param progress sees the steps of each epoch
     */
    public static Result run(Spec spec, ReproductionListener listener, ProgressListener progress) {
        List<String> datasets = spec.datasets().isEmpty() ? defaultDatasets(spec.dataDir()) : spec.datasets();
        if (datasets.isEmpty()) {
            throw new KysException("no MedMNIST dataset in " + spec.dataDir() + "; download one (`kys download "
                    + "bloodmnist`) or point --data-dir at the folder holding the .npz files");
        }
        datasets.forEach(d -> requirePresent(d, spec.dataDir()));
        Budget preset = spec.preset();
        CellStore store = new CellStore(spec.outDir(), preset.name());
        List<String> detectors = spec.detectors().isEmpty() ? null
                : spec.detectors().stream().map(DetectorSpec::label).toList();
        int total = datasets.size() * spec.protocols().size() * spec.seeds();
        int index = 0;
        int trained = 0;
        List<CellResult> results = new ArrayList<>();
        for (String name : datasets) {
            PreparedData data = DataPreparation.limitValidation(PreparedData.load(name, spec.dataDir(), null),
                    preset.maxValImages(), OOD_SUBSET_SEED);
            ProtocolComparison comparison = new ProtocolComparison(data, EvaluationSets.withOtherDatasets(data,
                    spec.dataDir(), 0, preset.maxOodImages(), OOD_SUBSET_SEED), spec.outDir().resolve("runs"),
                    spec.device(), 0)
                    .withDetectors(spec.detectors().stream().map(DetectorSpec::create).toList(), 0);
            List<String> oodSets = List.copyOf(comparison.oodSets().keySet());
            listener.onDataset(name, data.data().describe(), oodSets);
            for (long seed = 0; seed < spec.seeds(); seed++) {
                for (Protocol protocol : spec.protocols()) {
                    index++;
                    GridCell cell = new GridCell(name, protocol, seed);
                    Optional<CellResult> done = store.read(cell);
                    done.ifPresent(r -> requireSameBudget(r, preset, store));
                    done = done.filter(r -> r.oodSets().equals(oodSets) && r.covers(detectors))
                            .map(r -> r.restrictedTo(detectors));
                    if (done.isPresent()) {
                        results.add(done.get());
                        listener.onCellReused(done.get(), index, total);
                        continue;
                    }
                    listener.onCellStart(cell, index, total);
                    String runName = RunNames.of(spec.runPrefix(), protocol, seed);
                    ProtocolRun run = comparison.run(preset.config(protocol, seed), runName, listener, progress);
                    CellResult result = CellResult.of(cell, preset, run, detectors);
                    store.write(result, run.evaluation(), runName);
                    results.add(result);
                    trained++;
                    listener.onCellDone(result, index, total);
                }
            }
        }
        return write(spec.outDir(), preset, results, store, trained, detectors != null);
    }

    private static Result write(Path out, Budget preset, List<CellResult> cells, CellStore store,
                                int trained, boolean detectorAxis) {
        GridSummary summary = new GridSummary(cells);
        ReproductionDocument doc = ReproductionDocument.of(summary, preset);
        Path csv = out.resolve("results.csv");
        Path md = out.resolve("summary.md");
        Path html = out.resolve("report.html");
        AtomicFiles.writeString(csv, detectorAxis ? ReproductionCsv.withDetectors(cells) : ReproductionCsv.of(cells));
        String markdown = doc.markdown();
        AtomicFiles.writeString(md, markdown);
        ReproductionReport.html(doc, summary, store).write(html);
        return new Result(List.copyOf(cells), summary, markdown, csv, md, html, trained, cells.size() - trained);
    }

    private static void requireSameBudget(CellResult r, Budget preset, CellStore store) {
        if (!r.config().equals(preset.fingerprint(r.protocol(), r.seed()))) {
            throw new KysException("the finished cell " + r.cell().label() + " in " + store.folder(r.cell())
                    + " was computed with another definition of preset " + preset.name()
                    + "; use a new --out folder (or delete that folder's cells and runs)");
        }
    }

    private static void requirePresent(String dataset, Path dataDir) {
        DatasetInfo info = MedMnistCatalog.standard().require(dataset);
        if (info.multiLabel()) {
            throw new KysException(dataset + " is multi-label and has no open-set split; it can only be an OOD set, "
                    + "so leave it out of --datasets");
        }
        Path file = dataDir.resolve(info.fileName());
        if (!Files.isRegularFile(file)) {
            throw new KysException(file + " not found; run `kys download " + dataset + "` or leave " + dataset
                    + " out of --datasets");
        }
    }
}
