package io.kys.deploy;

import java.nio.file.Path;
import java.util.Map;

/**
 * One export of a trained run as a bundle.
 *
 * @param dataset the run's ID dataset (catalog name or {@code .npz} path)
 * @param model the run's model preset id
 * @param runName the run's folder name
 * @param checkpoint {@code best} or {@code last}
 * @param detector the post-hoc detector's name
 * @param params its parameters, key to value (defaults for the rest)
 * @param targetTpr the fraction of ID images to accept, in (0, 1]
 * @param ckptDir root of run folders
 * @param dataDir folder of datasets
 * @param out the bundle to write, a {@code .zip}
 * @param device {@code auto}, {@code cpu} or {@code gpu}
 * @param bootstrap resamples of every interval
 * @param seed seed of the intervals and of the fit-data subset
 * @param fitLimit at most this many ID training images for the fit data (a seeded subset; 0 = all)
 * @param kysVersion the exporting kys's version, for the manifest
 */
public record ExportSpec(String dataset, String model, String runName, String checkpoint, String detector,
                         Map<String, String> params, double targetTpr, Path ckptDir, Path dataDir, Path out,
                         String device, int bootstrap, long seed, int fitLimit, String kysVersion) {
    /** Paper-style defaults for everything but the run and the output. */
    public static ExportSpec defaults(String dataset, String model, String runName, Path ckptDir, Path dataDir,
                                      Path out) {
        return new ExportSpec(dataset, model, runName, "best", "energy", Map.of(), 0.95, ckptDir, dataDir, out,
                "auto", 1000, 0, 10_000, "kys");
    }
}
