package io.kys.deploy;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import io.kys.KysException;
import io.kys.data.NpyWriter;
import io.kys.data.NpyArray;
import io.kys.data.NpyReader;
import io.kys.model.ClassifierModel;
import io.kys.model.Inference;
import io.kys.ood.detect.FitData;
import io.kys.ood.detect.Matrix;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A detector's fit data as bundle entries ({@code detector/*.npy}) and back. Values are stored in
 * float32, the precision the network produced them in, so reading them back and widening to
 * double gives exactly the {@link FitData} the exporter fitted.
 */
final class FitDataEntries {
    private FitDataEntries() { }

    /** The entries of the training outputs {@code train} with labels {@code labels} and the model's head. */
    static Map<String, byte[]> of(Inference.Outputs train, int[] labels, ClassifierModel model) {
        float[] weight = null;
        float[] bias = null;
        for (Pair<String, Parameter> p : model.block().headBlock().getParameters()) {
            NDArray array = p.getValue().getArray();
            if (p.getKey().equals("weight")) {
                weight = array.toFloatArray();
            } else if (p.getKey().equals("bias")) {
                bias = array.toFloatArray();
            }
        }
        if (weight == null || bias == null) {
            throw new KysException("the network's head has no weight and bias parameters");
        }
        int n = train.count();
        int c = train.classes();
        int d = train.dimension();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(BundleLayout.detectorEntry(BundleLayout.TRAIN_FEATURES), NpyWriter.float32(train.features(), n, d));
        entries.put(BundleLayout.detectorEntry(BundleLayout.TRAIN_LABELS), NpyWriter.int32(labels, n));
        entries.put(BundleLayout.detectorEntry(BundleLayout.TRAIN_LOGITS), NpyWriter.float32(train.logits(), n, c));
        entries.put(BundleLayout.detectorEntry(BundleLayout.FC_WEIGHT), NpyWriter.float32(weight, c, d));
        entries.put(BundleLayout.detectorEntry(BundleLayout.FC_BIAS), NpyWriter.float32(bias, c));
        return entries;
    }

    /** The fit data stored in a bundle. */
    static FitData read(BundleReader bundle) {
        return parse(bundle::entry, bundle.file().toString());
    }

    /**
     * The fit data of entries (entry name to bytes), as a loader reads them: the exporter fits on
     * exactly this, so the detector a bundle refits is the one its threshold was chosen with.
     */
    static FitData parse(java.util.function.Function<String, byte[]> entries, String source) {
        Matrix features = matrix(entries, BundleLayout.TRAIN_FEATURES, source);
        Matrix logits = matrix(entries, BundleLayout.TRAIN_LOGITS, source);
        Matrix weight = matrix(entries, BundleLayout.FC_WEIGHT, source);
        double[] bias = array(entries, BundleLayout.FC_BIAS, source).toDoubleArray();
        int[] labels = array(entries, BundleLayout.TRAIN_LABELS, source).toIntArray();
        return new FitData(features, labels, logits, weight, bias);
    }

    private static Matrix matrix(java.util.function.Function<String, byte[]> entries, String name, String source) {
        NpyArray a = array(entries, name, source);
        if (a.ndim() != 2) {
            throw new KysException(source + ": " + name + " has shape " + a.shapeString() + "; expected a matrix");
        }
        return new Matrix(a.dim(0), a.dim(1), a.toDoubleArray());
    }

    private static NpyArray array(java.util.function.Function<String, byte[]> entries, String name, String source) {
        String entry = BundleLayout.detectorEntry(name);
        byte[] bytes = entries.apply(entry);
        if (bytes == null) {
            throw new KysException(source + " has no " + entry);
        }
        try {
            return NpyReader.read(new ByteArrayInputStream(bytes), bytes.length, entry + " in " + source);
        } catch (IOException e) {
            throw new KysException("cannot read " + entry + " in " + source + ": " + e.getMessage(), e);
        }
    }
}
