package io.kys.cli;

import io.kys.KysException;
import io.kys.ood.detect.DetectorSpec;
import io.kys.ood.detect.Detectors;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The post-hoc detectors of a command that evaluates runs: {@code --detectors} and {@code --param}. */
final class DetectorOptions {
    @Option(names = "--detectors", split = ",", paramLabel = "NAME",
            description = "Post-hoc detectors, the first one main: ${COMPLETION-CANDIDATES}, or all.",
            completionCandidates = Names.class)
    List<String> names;

    @Option(names = "--param", paramLabel = "DETECTOR.KEY=VALUE",
            description = "A detector parameter, repeatable (e.g. --param knn.k=10); `kys posthoc --list` shows the keys.")
    Map<String, String> params = new LinkedHashMap<>();

    /** True when {@code --detectors} was given. */
    boolean given() {
        return names != null;
    }

    /**
     * The detectors chosen with the parameters applied; none when {@code --detectors} is absent
     * (then a parameter is an error, having no detector to go to).
     */
    List<DetectorSpec> specsOrNone() {
        if (names == null) {
            if (!params.isEmpty()) {
                throw new KysException("--param sets a parameter of a detector chosen with --detectors; give --detectors");
            }
            return List.of();
        }
        return DetectorSpec.parse(names, params);
    }

    /** The registered detector names, for the help text and shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Detectors.names().iterator();
        }
    }
}
