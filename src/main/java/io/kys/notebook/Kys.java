package io.kys.notebook;

import io.kys.engine.EngineSetup;
import io.kys.data.DatasetLoader;
import io.kys.experiment.GridCell;
import io.kys.experiment.Reproduction;
import io.kys.experiment.ReproductionListener;
import io.kys.experiment.Budget;
import io.kys.progress.ProgressListener;
import io.kys.train.Protocol;
import io.kys.train.TrainConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * The notebook's entry point: every step of the method starts with a static method here and goes
 * on through small view objects that show themselves when left as a cell's last expression.
 * <pre>{@code
 * var data = Kys.dataset("retinamnist");          // classes and counts
 * data.samples(6)                                  // a grid of real images per class
 * var split = data.novelClasses("3,4");            // open-set split: grades 3 and 4 held out
 * split.outliers().augMix()                        // pixel-space outliers of a few images
 * var model = split.train().protocol("ours").run(); // live loss plot while it trains
 * model.latent()                                   // features and low-density latent inliers
 * model.evaluate()                                 // ROC curves and energy histograms, ID vs OOD
 * split.compare("baseline", "nda", "ours")         // one table, bars and radar
 * }</pre>
 * The same calls work in a plain Java program, where {@link Display} prints text forms instead.
 * Data comes from {@link #dataDir()}; training defaults follow {@link #budget()}.
 */
public final class Kys {
    /** Credit line for MedMNIST images, shown under every image grid. */
    public static final String MEDMNIST_CREDIT =
            "Images: MedMNIST v2 (Yang et al., Scientific Data 10:41, 2023), licence CC BY 4.0.";

    /** The logger that warns on every CPU-only machine whose driver lacks CUDA; noise in a cell's output. */
    private static final String CUDA_PROBE_LOGGER = "org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils";

    static {
        // The facade may be the first thing a program touches: DJL must not look for engines online.
        EngineSetup.offline();
        if (System.getProperty(CUDA_PROBE_LOGGER) == null) {
            System.setProperty(CUDA_PROBE_LOGGER, "error");
        }
    }

    private Kys() { }

    /**
     * What the facade offers, step by step, as Markdown (rendered in a notebook, printed as it is
     * elsewhere): leave {@code Kys.help()} as the last expression of a cell.
     */
    public static DisplayContent help() {
        return DisplayContent.markdown(String.join("\n",
                "**kys notebook facade** (budget " + budget() + ", data " + dataDir() + ", runs " + ckptDir() + ")",
                "",
                "| step | call | gives |",
                "|---|---|---|",
                "| data | `var data = Kys.dataset(\"retinamnist\")` | classes and counts; `data.samples(8)` shows images |",
                "| split | `var split = data.split()` or `data.novelClasses(\"3,4\")` | in vs novel classes; `split.samples(6)` |",
                "| pixel outliers | `split.outliers()` | `.operations()`, `.augMix()`, `.jigsaw()`, `.pixelOutliers()`, `.randConv()`, `.pixelInliers()` |",
                "| train | `var model = split.train().protocol(\"ours\").epochs(10).run()` | live loss and energy plots; the best checkpoint |",
                "| latent space | `model.latent()` | PCA of features with the low-density latent inliers |",
                "| evaluate | `model.evaluate()` | metrics, `.roc()`, `.energyHistogram()` |",
                "| compare | `split.compare(\"baseline\", \"nda\", \"ours\")` | `.table()`, `.bars()`, `.radar()` |",
                "",
                "Set `KYS_NOTEBOOK_BUDGET=small` for quick runs, `KYS_DATA_DIR` and `KYS_CKPT_DIR` for the folders."));
    }

    /**
     * The data folder: the environment's {@code KYS_DATA_DIR}, else {@code data/} in the working
     * directory, or in its parent when only the parent has one (a notebook in {@code notebooks/}).
     */
    public static Path dataDir() {
        return NotebookPaths.dataDir(System.getenv(), Path.of(""));
    }

    /**
     * Where training runs go: the environment's {@code KYS_CKPT_DIR}, else {@code ckpts/} found
     * like {@link #dataDir()}.
     */
    public static Path ckptDir() {
        return NotebookPaths.ckptDir(System.getenv(), Path.of(""));
    }

    /**
     * The training configuration the facade starts from under the current {@link #budget()}:
     * {@code paper} is exactly {@link TrainConfig#paper()}, {@code laptop} and {@code small} shrink
     * the compute.
     */
    public static TrainConfig defaults() {
        return budget().base();
    }

    /**
     * How much compute the facade's training cells use: {@code KYS_NOTEBOOK_BUDGET} when set,
     * else {@code paper} with a GPU and {@code laptop} on a CPU.
     */
    public static Budget budget() {
        return NotebookBudget.current();
    }

    /**
     * Changes the budget of the following training cells in this kernel: {@code small} (a first
     * look in a minute or two), {@code laptop} (minutes per protocol on a CPU) or {@code paper}
     * (the paper's 100 epochs of WRN-40-2, a GPU job).
     *
     * @throws io.kys.KysException naming the budgets for an unknown name
     */
    public static Budget budget(String name) {
        return NotebookBudget.use(Budget.parse(name));
    }

    /**
     * Loads a MedMNIST dataset from {@link #dataDir()} by catalog name ({@code retinamnist}), or a
     * user's {@code .npz} file in the MedMNIST layout by path.
     *
     * @throws io.kys.KysException when the file is missing or malformed; the message says how to get it
     */
    public static DatasetView dataset(String nameOrFile) {
        return dataset(nameOrFile, dataDir());
    }

    /** Loads a dataset from {@code dataDir}, see {@link #dataset(String)}. */
    public static DatasetView dataset(String nameOrFile, Path dataDir) {
        return new DatasetView(DatasetLoader.load(nameOrFile, dataDir), dataDir);
    }

    /**
     * Runs the paper's protocol grid ({@code kys reproduce}): every dataset x protocol x seed at
     * {@code preset} ({@code cpu-small}, {@code cpu-medium} or {@code paper}), skipping cells
     * finished by an earlier call, with an updating progress line. Datasets default to those in
     * {@link #dataDir()}; results, {@code summary.md} and {@code report.html} go to {@code out}.
     *
     * @param preset budget name
     * @param seeds seeds per cell
     * @param out output folder
     * @param datasets ID datasets (none: every suitable dataset present)
     * @return the cells, the summary and the files written
     */
    public static Reproduction.Result reproduce(String preset, int seeds, Path out, String... datasets) {
        Reproduction.Spec spec = new Reproduction.Spec(List.of(datasets), List.of(Protocol.values()), seeds,
                Budget.parse(preset), dataDir(), out, "auto");
        try (ProgressLine line = Display.progress("reproduce " + preset)) {
            return Reproduction.run(spec, new ReproductionListener() {
                @Override
                public void onCellStart(GridCell cell, int index, int total) {
                    line.update("cell " + (index + 1) + "/" + total + ": " + cell);
                }
            }, ProgressListener.NONE);
        }
    }
}
