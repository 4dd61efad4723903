package io.kys;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where real-data tests find the MedMNIST files: the system property {@code kys.test.medmnist}
 * or the environment variable {@code KYS_TEST_MEDMNIST}. Outside CI a missing folder skips those
 * tests; in CI (environment {@code CI=true}) it fails them, so real-data tests always run there.
 */
public final class TestData {
    private TestData() { }

    /** The folder with the real MedMNIST {@code .npz} files. */
    public static Path medmnistDir() {
        String dir = System.getProperty("kys.test.medmnist");
        if (dir == null || dir.isBlank() || dir.startsWith("${")) {
            dir = System.getenv("KYS_TEST_MEDMNIST");
        }
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean present = dir != null && !dir.isBlank() && Files.isDirectory(Path.of(dir));
        if (!present) {
            if (ci) {
                throw new IllegalStateException("CI must set KYS_TEST_MEDMNIST to the MedMNIST folder, got " + dir);
            }
            Assumptions.abort("set KYS_TEST_MEDMNIST to run real-data tests");
        }
        return Path.of(dir);
    }

    /**
     * The folder with golden reference values ({@code metrics/expected.json} and its score files):
     * the system property {@code kys.test.golden}, else the environment variable
     * {@code KYS_TEST_GOLDEN}, else {@code ../shared/golden} beside the clone. Missing, it skips
     * outside CI and fails in CI, like {@link #medmnistDir()}.
     */
    public static Path goldenDir() {
        String dir = System.getProperty("kys.test.golden");
        if (dir == null || dir.isBlank() || dir.startsWith("${")) {
            dir = System.getenv("KYS_TEST_GOLDEN");
        }
        if (dir == null || dir.isBlank()) {
            dir = "../shared/golden";
        }
        if (!Files.isDirectory(Path.of(dir))) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI needs the golden values folder at " + Path.of(dir).toAbsolutePath()
                        + " (or KYS_TEST_GOLDEN)");
            }
            Assumptions.abort("golden values folder " + dir + " missing; set KYS_TEST_GOLDEN");
        }
        return Path.of(dir);
    }

    /** A real MedMNIST file, e.g. {@code npz("pneumoniamnist")}. */
    public static Path npz(String name) {
        Path p = medmnistDir().resolve(name + ".npz");
        Assumptions.assumeTrue(Files.exists(p) || "true".equalsIgnoreCase(System.getenv("CI")), p + " missing");
        return p;
    }
}
