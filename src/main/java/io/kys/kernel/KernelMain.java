package io.kys.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.kys.KysException;
import io.kys.engine.EngineSetup;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Entry point Jupyter starts (see {@code kernel/kernel.json.template}):
 * {@code java -cp kys.jar:lib/* io.kys.kernel.KernelMain <connection-file>}.
 */
public final class KernelMain {
    private KernelMain() { }

    /** Serves Jupyter on the ports of the connection file until Jupyter shuts the kernel down. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp kys.jar:lib/* io.kys.kernel.KernelMain <connection-file>");
            System.exit(2);
        }
        try {
            serve(Path.of(args[0]));
        } catch (KysException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    /** Connects a new kernel to the ports of {@code connectionFile} and blocks until shutdown. */
    static void serve(Path connectionFile) throws Exception {
        EngineSetup.offline();
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // The socket library logs every message at INFO; the kernel's stderr is the server's console.
        Logger.getLogger("").setLevel(Level.WARNING);
        // Library INFO lines (engine banners, thread counts) would land in every cell's output.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        KernelConnectionProperties properties = ConnectionFile.read(connectionFile);
        KysKernel kernel = new KysKernel();
        JupyterConnection connection = new JupyterConnection(properties);
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
    }
}
