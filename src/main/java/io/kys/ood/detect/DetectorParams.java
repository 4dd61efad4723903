package io.kys.ood.detect;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters given to a detector by name (e.g. {@code k=10} on the command line), read by
 * the detector's factory in {@link Detectors}. Every key a factory asks for is recorded with its
 * default, so the registry knows each detector's keys without a second list to keep in step:
 * a factory must therefore ask for all its keys on every call.
 */
public final class DetectorParams {
    private final String detector;
    private final Map<String, String> given;
    private final Map<String, String> declared = new LinkedHashMap<>();

    DetectorParams(String detector, Map<String, String> given) {
        this.detector = detector;
        this.given = Map.copyOf(given);
    }

    /** A real-valued parameter, {@code defaultValue} when not given. */
    public double real(String key, double defaultValue) {
        declared.put(key, plain(defaultValue));
        String text = given.get(key);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new DetectorException(detector, "parameter " + key + " must be a number, got '" + text + "'");
        }
    }

    /** An integer parameter, {@code defaultValue} when not given. */
    public int integer(String key, int defaultValue) {
        declared.put(key, Integer.toString(defaultValue));
        String text = given.get(key);
        return text == null ? defaultValue : parseInteger(key, text);
    }

    /**
     * An integer parameter whose default depends on the data and is resolved at fit time.
     *
     * @param defaultDescription how the default is chosen, for listings
     * @return the given value, or null
     */
    public Integer optionalInteger(String key, String defaultDescription) {
        declared.put(key, defaultDescription);
        String text = given.get(key);
        return text == null ? null : parseInteger(key, text);
    }

    private int parseInteger(String key, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new DetectorException(detector, "parameter " + key + " must be an integer, got '" + text + "'");
        }
    }

    /** The keys asked for so far, in the order asked, each with its default as text. */
    Map<String, String> declared() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(declared));
    }

    /** {@code 1.0} as "1", {@code 0.0014} as "0.0014". */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
