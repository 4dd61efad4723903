package io.kys.experiment;

import io.kys.report.MarkdownTable;
import io.kys.train.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * The text and tables of a reproduction's results, as sections that both the Markdown summary
 * and the HTML report show, so the two never disagree.
 */
public final class ReproductionDocument {
    private final String title;
    private final List<Section> sections;

    /**
     * One part of the document.
     *
     * @param heading section heading (empty for the introduction)
     * @param text Markdown prose (headings, paragraphs, lists, code, bold)
     * @param table the section's table, or null
     */
    public record Section(String heading, String text, Table table) { }

    private ReproductionDocument(String title, List<Section> sections) {
        this.title = title;
        this.sections = List.copyOf(sections);
    }

    /** The document of a grid's finished cells at a budget. */
    public static ReproductionDocument of(GridSummary s, Budget preset) {
        List<Section> out = new ArrayList<>();
        out.add(new Section("", intro(s, preset), null));
        out.add(new Section("Means over seeds", "Percent, mean ± sample sd over seeds; seconds per cell is "
                + "the wall time of training and evaluating one cell.", GridTables.means(s)));
        if (s.hasDetectorAxis()) {
            out.add(new Section("Protocols x detectors", detectorText(s), GridTables.byDetector(s)));
        }
        out.add(new Section("Is the gap noise? ours against each other protocol", pairedText(s.seeds().size()),
                GridTables.paired(s)));
        out.add(new Section("Per OOD set", "All five OOD metrics (ID is the positive class), percent, mean ± sd "
                + "over seeds.", GridTables.perOodSet(s)));
        out.add(new Section("Against the paper", "The paper's values are its best method per axis, read off its "
                + "radar charts, for WRN-40-2 trained 100 epochs on its eight datasets. Only rows with both a paper "
                + "value and a value here compare like with like, and then only at the paper's budget (preset "
                + "`paper`). Datasets marked \"not in paper\" were not used by the paper; their numbers stand alone.",
                GridTables.paper(s)));
        return new ReproductionDocument("kys reproduce: preset " + preset.name(), out);
    }

    private static String detectorText(GridSummary s) {
        List<String> failures = s.failures();
        String text = "Every cell's best checkpoint scored by each post-hoc detector (fitted on the cell's in-class "
                + "training images): its mean AUROC over the modality-shift sets and over the novel classes, percent, "
                + "mean ± sd over seeds. The other tables read the first detector, `" + s.detectors().get(0) + "`.";
        if (failures.isEmpty()) {
            return text;
        }
        return text + " Detectors that could not be fitted or could not score (\"–\" where that happened on every "
                + "seed):\n\n" + failures.stream().map(f -> "- " + f).collect(Collectors.joining("\n"));
    }

    private static String pairedText(int n) {
        String what = "Paired by seed (same data, same OOD images, seed i against seed i): mean difference of `ours` "
                + "minus the other protocol in percentage points, the sign of each seed's difference (seed order), the "
                + "two-sided exact sign test and the two-sided paired t-test. ";
        if (n < 2) {
            return what + "With one seed there is no test: every p-value is 1 or missing, and a difference may be "
                    + "seed noise.";
        }
        return what + String.format(Locale.ROOT, "With %d seeds the power is low: the sign test cannot go below "
                + "p = %.3f, and the t-test has %d degree%s of freedom. A gap whose signs disagree, or whose p-values "
                + "are large, is not shown to be more than seed noise; it is not shown to be absent either.",
                n, PairedComparison.signTestP(n, 0), n - 1, n == 2 ? "" : "s");
    }

    private static String intro(GridSummary s, Budget preset) {
        double hours = 0;
        int cells = 0;
        for (String d : s.datasets()) {
            for (Protocol p : s.protocols()) {
                for (long seed : s.seeds()) {
                    var c = s.cell(d, p, seed);
                    if (c.isPresent()) {
                        hours += c.get().trainSeconds() / 3600;
                        cells++;
                    }
                }
            }
        }
        List<String> binary = s.datasets().stream().filter(d -> !s.hasNovelClasses(d)).toList();
        String sets = s.datasets().stream().map(d -> d + " against " + String.join(", ", s.oodSets(d)))
                .collect(Collectors.joining("; "));
        return "Preset **" + preset.name() + "**: " + preset.description() + ".\n\n"
                + "Grid: " + cells + " cells = datasets " + String.join(", ", s.datasets()) + " x protocols "
                + s.protocols().stream().map(Protocol::cliName).collect(Collectors.joining(", ")) + " x seeds "
                + s.seeds().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + String.format(Locale.ROOT, "; training took %.2f h in total (sum over cells).", hours) + "\n\n"
                + "Each cell trains one protocol with one seed and evaluates its best checkpoint (validation balanced "
                + "accuracy) against the dataset's novel classes (`<dataset>-novel`) and every other dataset present "
                + "(modality shift; the modality-shift AUROC is the mean over those sets). OOD sets: " + sets + ".\n\n"
                + "\"–\" marks a value that does not exist: "
                + (binary.isEmpty() ? "none here. " : String.join(", ", binary) + " ha" + (binary.size() == 1 ? "s" : "ve")
                        + " no novel classes (binary labels), so novel-class AUROC is empty and the radar charts "
                        + "show no point on that axis. ")
                + "Protocols: `baseline` cross-entropy only; `nda` ID batch in, pixel outliers out; `nda++` mild-AugMix "
                + "inliers, pixel outliers; `vos` ID batch in, latent outliers; `vos++` mild-AugMix inliers, latent "
                + "outliers; `ours` latent inliers, pixel outliers.";
    }

    /** The document's title. */
    public String title() {
        return title;
    }

    /** The sections, in order. */
    public List<Section> sections() {
        return sections;
    }

    /** The whole document as Markdown. */
    public String markdown() {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        for (Section sec : sections) {
            if (!sec.heading().isEmpty()) {
                md.append("## ").append(sec.heading()).append("\n\n");
            }
            md.append(sec.text()).append("\n\n");
            if (sec.table() != null) {
                md.append(sec.table().rowCount() == 0 ? "(nothing to show)\n" : MarkdownTable.of(sec.table(), 1));
                md.append('\n');
            }
        }
        return md.toString();
    }
}
