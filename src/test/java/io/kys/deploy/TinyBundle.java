package io.kys.deploy;

import io.kys.TestData;
import io.kys.cli.KysCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real run at a tiny budget (wrn10_1 on pneumoniamnist, one epoch of three steps), trained and
 * exported through the command line once per test JVM and shared by the tests that need a bundle.
 *
 * @param ckpts the checkpoint root holding run {@link #RUN}
 * @param bundle the exported bundle (energy, TPR 0.95)
 * @param data the MedMNIST folder
 */
public record TinyBundle(Path ckpts, Path bundle, Path data) {
    /** The run's name. */
    public static final String RUN = "tiny";
    private static TinyBundle shared;

    /** The shared run and bundle; skips (or fails in CI) without real data. */
    public static synchronized TinyBundle get() {
        Path data = TestData.medmnistDir();
        if (shared == null) {
            shared = create(data);
        }
        return shared;
    }

    private static TinyBundle create(Path data) {
        try {
            Path root = Files.createTempDirectory("kys-tiny-bundle");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
            Path ckpts = root.resolve("ckpts");
            Path bundle = root.resolve("tiny.zip");
            run("train", "--in-dataset", "pneumoniamnist", "--model-type", "wrn10_1", "--epochs", "1",
                    "--steps-per-epoch", "3", "--train-limit", "200", "--batch-size", "16", "--ckpt-name", RUN,
                    "--data-dir", data.toString(), "--ckpt-dir", ckpts.toString());
            run("export", "--in-dataset", "pneumoniamnist", "--model-type", "wrn10_1", "--dir-name", RUN,
                    "--fit-limit", "500", "--bootstrap", "1000", "--data-dir", data.toString(),
                    "--ckpt-dir", ckpts.toString(), "--out", bundle.toString());
            return new TinyBundle(ckpts, bundle, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a kys command, failing with its error output when it exits non-zero. */
    public static String run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = KysCli.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        if (code != 0) {
            throw new IllegalStateException("kys " + String.join(" ", args) + " exited " + code + ": "
                    + err.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }
}
