package io.kys.deploy;

/**
 * The entries of a bundle, a zip file:
 *
 * <pre>
 * manifest.json              what the bundle is and where it came from (see {@link BundleManifest})
 * model/model.json           the checkpoint's network layout, weights digest and metadata
 * model/model.params         the weights with BatchNorm statistics (kys-checkpoint/1, as in a run's best/ or last/)
 * detector/train_features.npy  float32 N x D penultimate features of the ID training images
 * detector/train_labels.npy    int32 N in-class labels 0..C-1
 * detector/train_logits.npy    float32 N x C
 * detector/fc_weight.npy       float32 C x D head weight
 * detector/fc_bias.npy         float32 C head bias
 * </pre>
 *
 * The detector is stored as its fit data, not as fitted state: loading refits it, which every
 * kys detector does deterministically, so one format serves all of them and the {@code
 * detector/} folder of an unpacked bundle is also a feature folder that {@code kys posthoc
 * --features} reads. Every entry but the manifest is listed in the manifest with its SHA-256,
 * checked on load.
 */
public final class BundleLayout {
    /** Format name and version, the manifest's {@code format}. */
    public static final String FORMAT = "kys-bundle/1";
    /** The manifest entry. */
    public static final String MANIFEST = "manifest.json";
    /** Folder of the network checkpoint. */
    public static final String MODEL_DIR = "model";
    /** Folder of the detector's fit data. */
    public static final String DETECTOR_DIR = "detector";
    /** Training features, N x D. */
    public static final String TRAIN_FEATURES = "train_features.npy";
    /** Training labels, N. */
    public static final String TRAIN_LABELS = "train_labels.npy";
    /** Training logits, N x C. */
    public static final String TRAIN_LOGITS = "train_logits.npy";
    /** Head weight, C x D. */
    public static final String FC_WEIGHT = "fc_weight.npy";
    /** Head bias, C. */
    public static final String FC_BIAS = "fc_bias.npy";

    private BundleLayout() { }

    /** The entry name of a file of the detector folder. */
    public static String detectorEntry(String file) {
        return DETECTOR_DIR + "/" + file;
    }

    /** The entry name of a file of the model folder. */
    public static String modelEntry(String file) {
        return MODEL_DIR + "/" + file;
    }
}
