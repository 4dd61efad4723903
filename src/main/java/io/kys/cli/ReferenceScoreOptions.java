package io.kys.cli;

import io.kys.KysException;
import io.kys.ood.detect.DetectorSpec;
import io.kys.ood.detect.EnergyDetector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The reference code's way of naming the score of {@code detect}: {@code --score NAME} and
 * {@code --T VALUE}, kept so its commands run as they are, and folded into kys's
 * {@code --detectors}/{@code --param} (giving both spellings of one thing is an error).
 */
final class ReferenceScoreOptions {
    @Option(names = "--score", paramLabel = "NAME", description = "One detector, as --detectors NAME (kept for the reference's energy|msp|maxlogit).")
    String score;

    @Option(names = "--T", description = "Energy temperature, as --param energy.T=VALUE (default: 1).")
    Double temperature;

    /** {@code --detectors} with {@code --param}, or the one detector of {@code --score}, with {@code --T} as energy's T; energy when none is named. */
    List<DetectorSpec> chosen(DetectorOptions detectors) {
        if (score != null && detectors.given()) {
            throw new KysException("--score is --detectors with one name; give one of them");
        }
        Map<String, String> params = new LinkedHashMap<>(detectors.params);
        if (temperature != null && params.putIfAbsent(EnergyDetector.NAME + ".T", Double.toString(temperature)) != null) {
            throw new KysException("--T and --param energy.T both set the energy temperature; give one of them");
        }
        List<String> names = score != null ? List.of(score)
                : detectors.given() ? detectors.names : List.of(EnergyDetector.NAME);
        return DetectorSpec.parse(names, params);
    }
}
