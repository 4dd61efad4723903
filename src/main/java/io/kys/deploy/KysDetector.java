package io.kys.deploy;

import io.kys.KysException;
import io.kys.data.ImageSet;
import io.kys.data.UInt8Image;
import io.kys.model.ClassifierModel;
import io.kys.model.Devices;
import io.kys.model.Inference;
import io.kys.ood.detect.ClassifierGradients;
import io.kys.ood.detect.Detector;
import io.kys.ood.detect.Detectors;
import io.kys.ood.detect.FittedDetector;
import io.kys.ood.detect.Matrix;
import io.kys.ood.detect.OdinDetector;
import io.kys.ood.detect.Samples;
import io.kys.progress.ProgressListener;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A calibrated OOD detector loaded from a bundle written by {@code kys export}: the classifier,
 * its post-hoc detector and the threshold chosen on the ID validation split. An application
 * asks it whether an image may be classified:
 *
 * <pre>{@code
 * try (KysDetector detector = KysDetector.load(Path.of("pneumonia.zip"))) {
 *     Verdict v = detector.score(ImageIO.read(new File("xray.png")));
 *     if (v.accepted()) { ... v.className(), v.probability() ... } else { ... refer to a human ... }
 * }
 * }</pre>
 *
 * <p>Images of any size and channel count are brought to the training geometry ({@link
 * SourceGeometry}) and preprocessed as in training. Scoring is thread-safe: any number of
 * threads may call the {@code score} methods of one detector at once; each call works in its own
 * native memory, and an image's score does not depend on which batch or thread it came with.
 * ODIN bundles, whose scoring takes gradients, score one call at a time. {@link #close} waits for
 * calls in progress.
 */
public final class KysDetector implements AutoCloseable {
    /** Images per forward pass of the batch forms. */
    public static final int DEFAULT_BATCH_SIZE = 256;

    private final BundleManifest manifest;
    private final ClassifierModel model;
    private final FittedDetector fitted;
    private final boolean needsGradients;
    private final SourceGeometry geometry;
    private final NetworkRunner runner;
    private final List<String> classNames;
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private final Object gradientLock = new Object();
    private boolean closed;

    private KysDetector(BundleManifest manifest, ClassifierModel model, FittedDetector fitted, boolean needsGradients,
                        int batchSize) {
        this.manifest = manifest;
        this.model = model;
        this.fitted = fitted;
        this.needsGradients = needsGradients;
        this.geometry = SourceGeometry.of(manifest.preprocessing());
        this.runner = new NetworkRunner(model, batchSize);
        this.classNames = List.copyOf(manifest.split().classNames());
    }

    /** Loads a bundle onto the first GPU when there is one, else the CPU. */
    public static KysDetector load(Path bundle) {
        return load(bundle, "auto", DEFAULT_BATCH_SIZE);
    }

    /**
     * Loads a bundle: checks every entry's digest and the preprocessing, opens the network on
     * {@code device} ({@code auto}, {@code cpu}, {@code gpu}, {@code gpuN}) and refits the
     * detector on its stored fit data.
     *
     * @param batchSize images per forward pass, at least 16
     * @throws KysException for a missing, damaged or incompatible bundle
     */
    public static KysDetector load(Path bundle, String device, int batchSize) {
        if (batchSize < NetworkRunner.MIN_BATCH) {
            throw new KysException("the batch size must be at least " + NetworkRunner.MIN_BATCH + ", got " + batchSize);
        }
        try (BundleReader reader = BundleReader.open(bundle)) {
            BundleManifest manifest = reader.manifest();
            manifest.preprocessing().requireSupported(bundle.toString());
            for (String entry : reader.entries().keySet()) {
                reader.entry(entry);
            }
            Detector detector = Detectors.create(manifest.detector().name(), manifest.detector().params());
            FittedDetector fitted = detector.fit(FitDataEntries.read(reader));
            ClassifierModel model = openModel(bundle, device);
            if (model.numClasses() != manifest.split().classNames().size()) {
                int classes = model.numClasses();
                model.close();
                throw new KysException(bundle + ": the network predicts " + classes + " classes but the manifest names "
                        + manifest.split().classNames().size());
            }
            return new KysDetector(manifest, model, fitted, detector instanceof OdinDetector, batchSize);
        }
    }

    private static ClassifierModel openModel(Path bundle, String device) {
        try (FileSystem zip = FileSystems.newFileSystem(bundle)) {
            return ClassifierModel.open(zip.getPath(BundleLayout.MODEL_DIR), Devices.resolve(device));
        } catch (IOException e) {
            throw new KysException("cannot open the network in " + bundle + ": " + e.getMessage(), e);
        }
    }

    /** The bundle's manifest. */
    public BundleManifest manifest() {
        return manifest;
    }

    /** The bundle's threshold: images scoring at least this are accepted. */
    public double threshold() {
        return manifest.calibration().threshold();
    }

    /** Names of the classes the classifier predicts, by index. */
    public List<String> classNames() {
        return classNames;
    }

    /** The geometry images are brought to before preprocessing. */
    public SourceGeometry geometry() {
        return geometry;
    }

    /** The verdict on one image at the bundle's threshold. */
    public Verdict score(BufferedImage image) {
        return score(image, threshold());
    }

    /** The verdict on one image at {@code threshold}. */
    public Verdict score(BufferedImage image, double threshold) {
        return score(List.of(image), threshold).get(0);
    }

    /** Verdicts on {@code images}, in order, at the bundle's threshold. */
    public List<Verdict> score(List<BufferedImage> images) {
        return score(images, threshold());
    }

    /** Verdicts on {@code images}, in order, at {@code threshold}. */
    public List<Verdict> score(List<BufferedImage> images, double threshold) {
        List<UInt8Image> pixels = new ArrayList<>(images.size());
        for (BufferedImage image : images) {
            pixels.add(Pixels.of(Objects.requireNonNull(image, "image")));
        }
        return scorePixels(pixels, threshold);
    }

    /**
     * Verdicts on decoded images of any size with 1 or 3 channels (e.g. from {@link ImageDecoder}
     * or a MedMNIST archive), in order, at {@code threshold}.
     */
    public List<Verdict> scorePixels(List<UInt8Image> images, double threshold) {
        if (Double.isNaN(threshold)) {
            throw new KysException("the threshold is NaN");
        }
        if (images.isEmpty()) {
            return List.of();
        }
        int s = geometry.size();
        int c = geometry.channels();
        int bytes = s * s * c;
        byte[] pixels = new byte[images.size() * bytes];
        for (int i = 0; i < images.size(); i++) {
            System.arraycopy(geometry.apply(images.get(i)).data(), 0, pixels, i * bytes, bytes);
        }
        ImageSet set = new ImageSet(images.size(), s, s, c, pixels, new int[images.size()]);
        lifecycle.readLock().lock();
        try {
            if (closed) {
                throw new KysException("the detector is closed");
            }
            Inference.Outputs out = runner.run(set, ProgressListener.NONE);
            double[] scores = scores(set, out);
            return verdicts(out, scores, threshold);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private double[] scores(ImageSet set, Inference.Outputs out) {
        Samples samples = new Samples(Matrix.ofFloats(out.count(), out.dimension(), out.features()),
                Matrix.ofFloats(out.count(), out.classes(), out.logits()));
        if (!needsGradients) {
            return fitted.score(samples);
        }
        // Input gradients accumulate into the shared parameters' gradient buffers: one call at a time.
        synchronized (gradientLock) {
            return fitted.score(samples.withNetwork(ClassifierGradients.inputs(set), new ClassifierGradients(model)));
        }
    }

    private List<Verdict> verdicts(Inference.Outputs out, double[] scores, double threshold) {
        int[] predicted = out.predictions();
        double[][] probabilities = out.probabilities();
        List<Verdict> verdicts = new ArrayList<>(scores.length);
        for (int i = 0; i < scores.length; i++) {
            verdicts.add(new Verdict(predicted[i], classNames.get(predicted[i]), probabilities[i], scores[i], threshold,
                    scores[i] >= threshold));
        }
        return verdicts;
    }

    /** Frees the network, after the calls in progress end; later calls fail. */
    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                model.close();
            }
        } finally {
            lifecycle.writeLock().unlock();
        }
    }
}
