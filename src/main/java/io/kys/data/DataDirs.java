package io.kys.data;

import java.nio.file.Path;
import java.util.Map;

/** Where MedMNIST files live: {@code --data-dir}, else the environment's {@code KYS_DATA_DIR}, else {@code data/}. */
public final class DataDirs {
    /** The environment variable naming the data folder. */
    public static final String ENV = "KYS_DATA_DIR";
    /** The folder used when neither an option nor the environment names one. */
    public static final Path DEFAULT = Path.of("data");

    private DataDirs() { }

    /** The data folder for a {@code --data-dir} value (null when not given) and this process's environment. */
    public static Path resolve(String optionOrNull) {
        return resolve(optionOrNull, System.getenv());
    }

    /** The data folder for a {@code --data-dir} value (null when not given) and the given environment. */
    public static Path resolve(String optionOrNull, Map<String, String> env) {
        if (optionOrNull != null && !optionOrNull.isBlank()) {
            return Path.of(optionOrNull);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return DEFAULT;
    }
}
