package io.kys.experiment;

import io.kys.train.Protocol;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names of run folders, one scheme for every entry point: {@code <prefix>-<protocol>-s<seed>}, as
 * in {@code quickstart-ours-s0} or {@code cpu-small-nda++-s2}. Where a name must also keep apart
 * runs of other settings (the notebooks, whose settings change from cell to cell), a
 * {@link #fingerprint} of those settings goes with it: a rerun of the same settings then finds its
 * finished run, and other settings never resume it.
 */
public final class RunNames {
    private RunNames() { }

    /** {@code <prefix>-<protocol>-s<seed>}. */
    public static String of(String prefix, Protocol protocol, long seed) {
        return prefix + "-" + protocol.cliName() + "-s" + seed;
    }

    /** {@link #of} followed by {@code -<fingerprint of settings>}. */
    public static String of(String prefix, Protocol protocol, long seed, String settings) {
        return of(prefix, protocol, seed) + "-" + fingerprint(settings);
    }

    /** Eight hex digits of the SHA-256 of {@code settings}: short enough for a folder name, and stable across runs. */
    public static String fingerprint(String settings) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(settings.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this Java runtime", e);
        }
    }
}
