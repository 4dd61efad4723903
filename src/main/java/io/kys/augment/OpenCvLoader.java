package io.kys.augment;

import io.kys.KysException;

/**
 * Loads the OpenCV natives bundled in the {@code org.openpnp:opencv} jar exactly once per JVM.
 * Every class that touches {@code org.opencv} calls {@link #ensureLoaded()} first, so callers never
 * need to know that a native library is involved.
 */
public final class OpenCvLoader {
    private OpenCvLoader() { }

    /** Holder idiom: the JVM runs the static initializer once, thread-safely, on first use. */
    private static final class Holder {
        static final boolean LOADED = load();

        private static boolean load() {
            try {
                nu.pattern.OpenCV.loadLocally();
                return true;
            } catch (RuntimeException | LinkageError e) {
                throw new KysException("could not load the OpenCV natives from the org.openpnp:opencv jar: "
                        + e.getMessage() + "; check that the jar matches this platform", e);
            }
        }
    }

    /** Loads OpenCV if no earlier call has; later calls cost one field read. */
    public static void ensureLoaded() {
        if (!Holder.LOADED) {
            throw new IllegalStateException("OpenCV not loaded");
        }
    }
}
