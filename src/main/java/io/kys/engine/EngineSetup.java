package io.kys.engine;

/**
 * Process-wide settings that must be in place before DJL loads. Each entry point calls
 * {@link #offline()} itself, because whichever class a program touches first decides how the
 * engine starts.
 */
public final class EngineSetup {
    private EngineSetup() { }

    /**
     * Makes DJL use the PyTorch natives from the Maven artifacts on the class path and never
     * download an engine at run time; a user's explicit setting wins.
     */
    public static void offline() {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getProperty("ai.djl.default_engine") == null) {
            System.setProperty("ai.djl.default_engine", "PyTorch");
        }
        // The engine's start-up notes (thread counts, a failed CUDA probe on machines without a
        // driver) would land between a command's own lines; warnings of our own code still show.
        System.setProperty("org.slf4j.simpleLogger.log.ai.djl", System.getProperty(
                "org.slf4j.simpleLogger.log.ai.djl", "error"));
    }
}
