package io.kys.cli;

import io.kys.KysException;
import io.kys.data.DatasetInfo;
import io.kys.data.LocalFileStatus;
import io.kys.data.MedMnistCatalog;
import io.kys.data.OpenSetSplit;
import io.kys.deploy.BundleManifest;
import io.kys.deploy.BundleReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kys info [NAME|BUNDLE.zip]}: the MedMNIST catalog with the state of the local files, one
 * dataset in detail, or the manifest of a bundle written by {@code kys export}.
 */
@Command(name = "info", description = {
    "Show the MedMNIST catalog with the local file status, one dataset in detail, or a bundle's manifest.",
    "Without NAME: one line per dataset; status is missing, ok, or MD5 mismatch.",
    "With NAME: label names, download address, MD5, license and the default open-set split.",
    "With BUNDLE.zip (from kys export): a summary, then the manifest as stored."})
public final class InfoCommand implements Runnable {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "A dataset to show in detail, or a bundle (.zip).")
    String name;

    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = dataDir.dir();
        if (name == null) {
            out.println(catalogTable(dir));
        } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            try (BundleReader bundle = BundleReader.open(Path.of(name))) {
                out.print(bundleSummary(bundle.manifest()));
                out.println("manifest.json:");
                out.println(bundle.manifestText());
            }
        } else {
            out.println(details(MedMnistCatalog.standard().require(name), dir));
        }
    }

    /** A few lines on a bundle: its run, classes, detector, threshold and test evaluation. */
    static String bundleSummary(BundleManifest m) {
        StringBuilder b = new StringBuilder();
        BundleManifest.RunSource r = m.run();
        b.append(String.format(Locale.ROOT, "bundle %s: %s / %s / %s (%s checkpoint, epoch %s), seed %d%n", m.format(),
                r.model(), r.dataset(), r.runName(), r.checkpoint(), r.checkpointEpoch(), r.seed()));
        b.append("made ").append(m.created()).append(" by ").append(m.versions().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
        b.append("classes      ").append(String.join(", ", m.split().classNames())).append('\n');
        b.append("images       ").append(m.preprocessing().describe()).append('\n');
        b.append("detector     ").append(m.detector().name()).append(m.detector().params().isEmpty() ? ""
                : " " + m.detector().params()).append(", fitted on ").append(m.split().fitImages())
                .append(" ID training images").append('\n');
        BundleManifest.Calibration c = m.calibration();
        b.append(String.format(Locale.ROOT, "threshold    %.6g: accepts %.4f of %d ID validation images (target %.4f)%n",
                c.threshold(), c.validationTpr(), c.validationImages(), c.targetTpr()));
        BundleManifest.TestEvaluation e = m.evaluation();
        if (e != null) {
            b.append(String.format(Locale.ROOT, "test         ID balanced accuracy %.4f; TPR %s; expected for this target "
                    + "[%.4f, %.4f] (%d%% bootstrap, %d resamples)%n", e.idBalancedAccuracy(), rate(e.tpr()),
                    e.calibrationInterval().low(), e.calibrationInterval().high(), Math.round(e.level() * 100),
                    e.bootstrapResamples()));
            for (BundleManifest.OodRate o : e.ood()) {
                b.append(String.format(Locale.ROOT, "  %-22s %-15s FPR %s, AUROC %.4f%n", o.name(), o.kind().label(),
                        rate(o.fpr()), o.auroc()));
            }
        }
        return b.toString();
    }

    private static String rate(BundleManifest.RateEstimate r) {
        return String.format(Locale.ROOT, "%.4f [%.4f, %.4f] of %d", r.rate(), r.low(), r.high(), r.images());
    }

    private static String catalogTable(Path dir) {
        TextTable t = new TextTable(List.of("name", "classes", "channels", "train", "val", "test", "task", "in " + dir),
                1, 2, 3, 4, 5);
        for (DatasetInfo i : MedMnistCatalog.standard().all()) {
            t.row(i.name(), i.numClasses(), i.channels(), i.splits().train(), i.splits().val(), i.splits().test(),
                    i.task(), LocalFileStatus.of(i, dir).describe());
        }
        return t.render();
    }

    private static String details(DatasetInfo i, Path dir) {
        StringBuilder b = new StringBuilder();
        b.append(i.name()).append(": ").append(i.task()).append(", ").append(i.numClasses()).append(" classes, ")
                .append(i.channels() == 3 ? "RGB" : "gray").append(" 28x28, license ").append(i.license()).append('\n');
        b.append("splits       train/val/test ").append(i.splits()).append('\n');
        b.append("url          ").append(i.url()).append('\n');
        b.append("md5          ").append(i.md5()).append('\n');
        if (i.hasDistinctV2()) {
            b.append("v2 file      ").append(i.v2Url()).append('\n');
            b.append("v2 md5       ").append(i.v2Md5()).append(" (train/val/test ").append(i.v2Splits()).append(")\n");
        }
        LocalFileStatus local = LocalFileStatus.of(i, dir);
        b.append("local file   ").append(local.file()).append(": ").append(local.describe());
        if (local.present() && !local.ok()) {
            b.append(" (md5 ").append(local.md5()).append("; delete it and run `kys download ").append(i.name()).append("`)");
        }
        b.append('\n').append("classes\n");
        for (int c = 0; c < i.numClasses(); c++) {
            b.append(String.format("  %2d  %s%n", c, i.classNames().get(c)));
        }
        b.append("default open-set split: ").append(defaultSplit(i));
        return b.toString();
    }

    private static String defaultSplit(DatasetInfo i) {
        try {
            OpenSetSplit s = OpenSetSplit.defaultFor(i);
            if (!s.hasNovel()) {
                return "all classes in, no novel classes";
            }
            StringBuilder b = new StringBuilder(s.numIn() + " in, novel:");
            for (int c : s.novelClasses()) {
                b.append(' ').append(c).append(" (").append(i.classNames().get(c)).append(')');
            }
            return b.toString();
        } catch (KysException e) {
            return "none (" + e.getMessage() + ")";
        }
    }
}
