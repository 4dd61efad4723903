package io.kys.data;

/**
 * Loads OpenCV's native library (bundled in the {@code org.openpnp:opencv} jar) once per process,
 * before the first OpenCV call.
 */
public final class OpenCvNatives {
    private static volatile boolean loaded;

    private OpenCvNatives() { }

    /** Loads the natives if this process has not yet; cheap after the first call. */
    public static void ensureLoaded() {
        if (!loaded) {
            synchronized (OpenCvNatives.class) {
                if (!loaded) {
                    nu.pattern.OpenCV.loadLocally();
                    loaded = true;
                }
            }
        }
    }
}
