package io.kys.ood.detect;

import io.kys.KysException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A detector by registry name with the parameters given to it, the others taking the papers'
 * defaults: what the command line's {@code --detectors} and {@code --param} choose, and how result
 * files name it ({@link #label()}: {@code knn}, or {@code knn(k=10)} with a parameter given).
 *
 * @param name the registry name, lower case
 * @param params the given parameters, key to value as text, in the detector's key order
 */
public record DetectorSpec(String name, Map<String, String> params) {
    /** The word that selects every registered detector. */
    public static final String ALL = "all";

    /**
     * Checks the name and the parameters by building the detector once.
     *
     * @throws KysException for an unknown name or key, or a value out of range
     */
    public DetectorSpec {
        name = name.strip().toLowerCase(Locale.ROOT);
        Detectors.create(name, params);
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String key : Detectors.parameters(name).keySet()) {
            if (params.containsKey(key)) {
                ordered.put(key, params.get(key).strip());
            }
        }
        params = java.util.Collections.unmodifiableMap(ordered);
    }

    /** The detector with the papers' defaults. */
    public static DetectorSpec of(String name) {
        return new DetectorSpec(name, Map.of());
    }

    /** A new detector of this configuration. */
    public Detector create() {
        return Detectors.create(name, params);
    }

    /** {@code name}, or {@code name(key=value,...)} when parameters are given. */
    public String label() {
        if (params.isEmpty()) {
            return name;
        }
        return name + params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",", "(", ")"));
    }

    /** The registry name in a {@link #label()}: {@code knn} of {@code knn(k=10)}. */
    public static String nameOf(String label) {
        int open = label.indexOf('(');
        return open < 0 ? label : label.substring(0, open);
    }

    /**
     * The detectors of a command line: {@code names} as given ({@link #ALL} alone for every
     * registered detector, in registration order) and {@code params} keyed {@code DETECTOR.KEY}
     * (e.g. {@code knn.k -> 10}).
     *
     * @throws KysException for no name, an unknown or repeated one, {@code all} beside others, a
     *     parameter key without its detector, a parameter of a detector not chosen, or a bad value
     */
    public static List<DetectorSpec> parse(List<String> names, Map<String, String> params) {
        List<String> chosen = names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        if (chosen.isEmpty() || chosen.contains("")) {
            throw new KysException("no detector given; choose from " + String.join(", ", Detectors.names())
                    + " or " + ALL);
        }
        if (chosen.contains(ALL)) {
            if (chosen.size() > 1) {
                throw new KysException("'" + ALL + "' already selects every detector; give it alone");
            }
            chosen = Detectors.names();
        }
        Map<String, Map<String, String>> byDetector = new LinkedHashMap<>();
        for (String n : chosen) {
            if (byDetector.put(n, new LinkedHashMap<>()) != null) {
                throw new KysException("detector " + n + " is listed twice");
            }
        }
        params.forEach((key, value) -> {
            int dot = key.indexOf('.');
            if (dot <= 0 || dot == key.length() - 1) {
                throw new KysException("a detector parameter is DETECTOR.KEY=VALUE (e.g. knn.k=10), got '" + key + "'");
            }
            String detector = key.substring(0, dot).strip().toLowerCase(Locale.ROOT);
            Map<String, String> own = byDetector.get(detector);
            if (own == null) {
                throw new KysException("parameter " + key + " is for detector " + detector
                        + ", which is not among the detectors chosen (" + String.join(", ", byDetector.keySet()) + ")");
            }
            own.put(key.substring(dot + 1).strip(), value);
        });
        List<DetectorSpec> out = new ArrayList<>();
        byDetector.forEach((n, p) -> out.add(new DetectorSpec(n, p)));
        return out;
    }
}
