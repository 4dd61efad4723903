package io.kys.deploy;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import io.kys.JsonLabels;
import io.kys.KysException;
import io.kys.ood.OodKind;
import java.util.List;
import java.util.Map;

/**
 * The bundle's {@code manifest.json}: what was exported, from which run and data, how images are
 * prepared, which detector scores them, the threshold and how it was chosen, and the test
 * evaluation at that threshold. Serialized with Gson; field names are the JSON keys.
 *
 * @param format {@link BundleLayout#FORMAT}
 * @param created when the bundle was written, ISO-8601 UTC
 * @param versions {@code kys}, {@code djl}, {@code pytorch}, {@code java}
 * @param run the run the network comes from
 * @param dataMd5 MD5 of every dataset file used: the ID dataset and each modality-shift set
 * @param split the open-set split and the image counts used
 * @param preprocessing how any image becomes network input
 * @param detector the post-hoc detector and its parameters
 * @param calibration the threshold and how it was chosen
 * @param evaluation the run's test evaluation at the threshold
 * @param configuration the run's {@code config.json}, whole
 * @param files SHA-256 of every other entry of the bundle
 */
public record BundleManifest(String format, String created, Map<String, String> versions, RunSource run,
                             Map<String, String> dataMd5, SplitFacts split, Preprocessing preprocessing,
                             DetectorSpec detector, Calibration calibration, TestEvaluation evaluation,
                             JsonObject configuration, Map<String, String> files) {
    // Gson would write an enum's name; manifests hold the kind's label, as earlier versions wrote it.
    private static final Gson GSON = JsonLabels.register(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping(),
            OodKind.class, OodKind::label, OodKind::parse).create();

    /**
     * The run a bundle's network comes from.
     *
     * @param dataset the ID dataset's name
     * @param model the model preset
     * @param runName the run folder's name
     * @param checkpoint {@code best} or {@code last}
     * @param checkpointEpoch the epoch the checkpoint was saved at, as its metadata says
     * @param seed the run's seed
     */
    public record RunSource(String dataset, String model, String runName, String checkpoint, String checkpointEpoch,
                            long seed) { }

    /**
     * The open-set split and how many images each step used.
     *
     * @param inClasses original labels of the in-classes; prediction {@code k} is {@code inClasses[k]}
     * @param novelClasses original labels held out as novel
     * @param classNames names of the in-classes, indexed by prediction
     * @param fitImages ID training images whose features the detector is fitted on
     * @param validationImages ID validation images the threshold was chosen on
     * @param testImages ID test images of the evaluation
     */
    public record SplitFacts(int[] inClasses, int[] novelClasses, List<String> classNames, int fitImages,
                             int validationImages, int testImages) { }

    /**
     * The detector: a name of {@link io.kys.ood.detect.Detectors} and every parameter with its value.
     *
     * @param name registry name, e.g. {@code energy}
     * @param params parameter key to value, defaults included
     * @param fitData the folder of the bundle holding its fit data
     */
    public record DetectorSpec(String name, Map<String, String> params, String fitData) { }

    /**
     * The decision threshold: an image is accepted as in-distribution when its score is at least
     * {@code threshold}.
     *
     * @param split the split it was chosen on, {@code val}
     * @param targetTpr the asked-for fraction of ID images accepted
     * @param threshold the largest score at which at least {@code targetTpr} of the validation images are accepted
     * @param validationImages how many validation images
     * @param validationTpr the fraction of them accepted at the threshold
     */
    public record Calibration(String split, double targetTpr, double threshold, int validationImages,
                              double validationTpr) { }

    /**
     * A rate at the threshold with its bootstrap interval.
     *
     * @param images images it is measured on
     * @param rate the fraction of them accepted
     * @param low lower bound of the interval
     * @param high upper bound of the interval
     */
    public record RateEstimate(int images, double rate, double low, double high) { }

    /**
     * One OOD set of the test evaluation.
     *
     * @param name the set, as {@code kys detect} names it ({@code <dataset>-novel} or a dataset)
     * @param kind what the set is made of, written as its label
     * @param fpr the fraction of the set accepted at the threshold, with its interval
     * @param auroc AUROC of ID test against this set (threshold-free, for context)
     */
    public record OodRate(String name, OodKind kind, RateEstimate fpr, double auroc) { }

    /**
     * The run's test evaluation at the bundle's threshold.
     *
     * @param split {@code test}
     * @param bootstrapResamples resamples of every interval
     * @param bootstrapSeed their seed
     * @param level coverage of the intervals
     * @param idBalancedAccuracy balanced accuracy of the classifier on the ID test images
     * @param tpr the fraction of ID test images accepted, with its interval (test images resampled)
     * @param calibrationInterval where the accepted fraction of ID test images is expected to fall
     *     for this target: validation and test images both resampled, the threshold re-chosen on
     *     each validation resample
     * @param ood every OOD set: novel classes, then each other dataset present
     */
    public record TestEvaluation(String split, int bootstrapResamples, long bootstrapSeed, double level,
                                 double idBalancedAccuracy, RateEstimate tpr, RateEstimate calibrationInterval,
                                 List<OodRate> ood) { }

    /** The manifest as pretty-printed JSON. */
    public String toJson() {
        return GSON.toJson(this);
    }

    /**
     * Parses a manifest.
     *
     * @throws KysException when the text is not a manifest of {@link BundleLayout#FORMAT}
     */
    public static BundleManifest parse(String json, String source) {
        BundleManifest m;
        try {
            m = GSON.fromJson(json, BundleManifest.class);
        } catch (JsonParseException | KysException e) {
            throw new KysException(source + " is not valid manifest JSON: " + e.getMessage(), e);
        }
        if (m == null || m.format() == null) {
            throw new KysException(source + " has no format; it is not a kys bundle manifest");
        }
        if (!BundleLayout.FORMAT.equals(m.format())) {
            throw new KysException(source + " is a " + m.format() + " bundle; this kys reads " + BundleLayout.FORMAT);
        }
        if (m.preprocessing() == null || m.detector() == null || m.calibration() == null || m.split() == null
                || m.files() == null) {
            throw new KysException(source + " lacks a required section (preprocessing, detector, calibration, split "
                    + "or files)");
        }
        return m;
    }

    /** The manifest with the entry digests replaced (they are known only after the entries are written). */
    public BundleManifest withFiles(Map<String, String> digests) {
        return new BundleManifest(format, created, versions, run, dataMd5, split, preprocessing, detector, calibration,
                evaluation, configuration, digests);
    }
}
