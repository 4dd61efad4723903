package io.kys.ood.detect;

import io.kys.KysException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry of post-hoc detectors by name, with their parameter keys and the papers' defaults.
 * The names and keys are the ones the command line ({@code kys posthoc --detector knn --param
 * k=10}), the facade and result files use. Adding a detector is one class and one
 * {@link #register} line below.
 */
public final class Detectors {
    private static final Map<String, Function<DetectorParams, Detector>> FACTORIES = new LinkedHashMap<>();

    static {
        register(EnergyDetector.NAME, p -> new EnergyDetector(p.real("T", EnergyDetector.DEFAULT_TEMPERATURE)));
        register(MspDetector.NAME, p -> new MspDetector());
        register(MaxLogitDetector.NAME, p -> new MaxLogitDetector());
        register(EntropyDetector.NAME, p -> new EntropyDetector());
        register(GenDetector.NAME, p -> new GenDetector(p.real("gamma", GenDetector.DEFAULT_GAMMA),
                p.integer("m", GenDetector.DEFAULT_M)));
        register(OdinDetector.NAME, p -> new OdinDetector(p.real("T", OdinDetector.DEFAULT_TEMPERATURE),
                p.real("epsilon", OdinDetector.DEFAULT_EPSILON)));
        register(MahalanobisDetector.NAME, p -> new MahalanobisDetector());
        register(KnnDetector.NAME, p -> new KnnDetector(p.integer("k", KnnDetector.DEFAULT_K)));
        register(VimDetector.NAME, p -> new VimDetector(p.optionalInteger("dim",
                "1000 if D >= 2048, 512 if D >= 768, else D/2")));
        register(ReactDetector.NAME, p -> new ReactDetector(p.real("percentile", ReactDetector.DEFAULT_PERCENTILE)));
        register(DiceDetector.NAME, p -> new DiceDetector(p.real("percentile", DiceDetector.DEFAULT_PERCENTILE)));
    }

    private Detectors() { }

    /** Negative energy at the paper's temperature 1. */
    public static Detector energy() {
        return energy(EnergyDetector.DEFAULT_TEMPERATURE);
    }

    /** Negative energy at temperature {@code temperature}. */
    public static Detector energy(double temperature) {
        return new EnergyDetector(temperature);
    }

    /** Maximum softmax probability. */
    public static Detector msp() {
        return new MspDetector();
    }

    /** The largest logit. */
    public static Detector maxLogit() {
        return new MaxLogitDetector();
    }

    /** Negative entropy of the softmax. */
    public static Detector entropy() {
        return new EntropyDetector();
    }

    /** GEN with the paper's gamma 0.1 and M 100. */
    public static Detector gen() {
        return gen(GenDetector.DEFAULT_GAMMA, GenDetector.DEFAULT_M);
    }

    /** GEN with exponent {@code gamma} over the top {@code m} classes. */
    public static Detector gen(double gamma, int m) {
        return new GenDetector(gamma, m);
    }

    /** ODIN with the paper's T 1000 and epsilon 0.0014. */
    public static Detector odin() {
        return odin(OdinDetector.DEFAULT_TEMPERATURE, OdinDetector.DEFAULT_EPSILON);
    }

    /** ODIN at temperature {@code temperature} with input step {@code epsilon}. */
    public static Detector odin(double temperature, double epsilon) {
        return new OdinDetector(temperature, epsilon);
    }

    /** Mahalanobis distance to the nearest class mean under the tied covariance. */
    public static Detector mahalanobis() {
        return new MahalanobisDetector();
    }

    /** KNN with the paper's k 50. */
    public static Detector knn() {
        return knn(KnnDetector.DEFAULT_K);
    }

    /** KNN with the {@code k}-th nearest training feature. */
    public static Detector knn(int k) {
        return new KnnDetector(k);
    }

    /** ViM with the paper's choice of principal dimension for the feature size. */
    public static Detector vim() {
        return new VimDetector(null);
    }

    /** ViM with principal subspace dimension {@code dim}. */
    public static Detector vim(int dim) {
        return new VimDetector(dim);
    }

    /** ReAct clipping at the paper's 90th training percentile. */
    public static Detector react() {
        return react(ReactDetector.DEFAULT_PERCENTILE);
    }

    /** ReAct clipping at training percentile {@code percentile}. */
    public static Detector react(double percentile) {
        return new ReactDetector(percentile);
    }

    /** DICE keeping weights above the paper's 90th contribution percentile. */
    public static Detector dice() {
        return dice(DiceDetector.DEFAULT_PERCENTILE);
    }

    /** DICE keeping weights above contribution percentile {@code percentile}. */
    public static Detector dice(double percentile) {
        return new DiceDetector(percentile);
    }

    /** Every registered detector with the papers' defaults, in registration order. */
    public static List<Detector> all() {
        return names().stream().map(Detectors::create).toList();
    }

    /**
     * Adds a detector. Its factory reads every parameter through {@link DetectorParams} on every
     * call (that is how the registry learns the keys and defaults) and returns a detector whose
     * {@link Detector#name()} is {@code name}.
     */
    private static void register(String name, Function<DetectorParams, Detector> factory) {
        FACTORIES.put(name, factory);
    }

    /** Every registered name, in registration order. */
    public static List<String> names() {
        return List.copyOf(FACTORIES.keySet());
    }

    /** The detector {@code name} with the papers' defaults. */
    public static Detector create(String name) {
        return create(name, Map.of());
    }

    /**
     * The detector {@code name} (case-insensitive) configured by {@code params}, key to value as
     * text (e.g. {@code k -> 10}); keys not given take their defaults.
     *
     * @throws KysException for an unknown name or key (one line listing the valid ones), or a value
     *     that does not parse or is out of range
     */
    public static Detector create(String name, Map<String, String> params) {
        String id = resolve(name);
        Map<String, String> keys = parameters(id);
        for (String key : params.keySet()) {
            if (!keys.containsKey(key)) {
                throw new KysException(keys.isEmpty()
                        ? "detector " + id + " takes no parameters, got '" + key + "'"
                        : "unknown parameter '" + key + "' for detector " + id + "; its parameters: " + listing(keys));
            }
        }
        return FACTORIES.get(id).apply(new DetectorParams(id, params));
    }

    /** The parameter keys of detector {@code name}, in order, each with its default as text. */
    public static Map<String, String> parameters(String name) {
        String id = resolve(name);
        DetectorParams recorder = new DetectorParams(id, Map.of());
        FACTORIES.get(id).apply(recorder);
        return recorder.declared();
    }

    /** Every detector with its parameters and defaults, e.g. {@code "knn: k (default 50)"}, one per entry. */
    public static List<String> describeAll() {
        return names().stream().map(name -> {
            Map<String, String> keys = parameters(name);
            return keys.isEmpty() ? name : name + ": " + listing(keys);
        }).collect(Collectors.toList());
    }

    private static String listing(Map<String, String> keys) {
        return keys.entrySet().stream().map(e -> e.getKey() + " (default " + e.getValue() + ")").collect(Collectors.joining(", "));
    }

    private static String resolve(String name) {
        String id = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!FACTORIES.containsKey(id)) {
            throw new KysException("unknown detector '" + name + "'; choose one of " + String.join(", ", names()));
        }
        return id;
    }
}
