package io.kys.deploy;

import io.kys.KysException;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the Spark scoring job ({@code io.kys.spark.SparkScoreJob}, built by {@code mvn -Pspark})
 * in a child JVM, the way {@code spark-submit} would: Spark on Java 17 needs {@code --add-opens}
 * flags that only a JVM's command line can give, and the core build does not carry Spark on its
 * class path. The child gets this JVM's class path plus the Spark jars ({@code $KYS_SPARK_LIB},
 * else {@code spark-lib/} beside the kys jar, which {@code mvn -Pspark package} fills) and
 * inherits standard output and error.
 */
public final class SparkProcess {
    /** The job's main class. */
    public static final String JOB_CLASS = "io.kys.spark.SparkScoreJob";

    /** The JVM flags Spark 3.5 needs on Java 17 (its launcher's JavaModuleOptions). */
    public static final List<String> JAVA17_OPTIONS = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false");

    private SparkProcess() { }

    /**
     * Runs the job with {@code jobArgs} and waits for it.
     *
     * @return the child's exit code
     * @throws KysException when this kys was built without the job, or Spark's jars cannot be found
     */
    public static int run(List<String> jobArgs) {
        ClassLoader loader = SparkProcess.class.getClassLoader();
        if (loader.getResource(JOB_CLASS.replace('.', '/') + ".class") == null) {
            throw new KysException("this kys was built without Spark; build it with `mvn -Pspark -DskipTests package`");
        }
        String classPath = System.getProperty("java.class.path");
        if (loader.getResource("org/apache/spark/sql/SparkSession.class") == null) {
            Path lib = sparkLib();
            if (lib == null) {
                throw new KysException("Spark's jars were not found: set KYS_SPARK_LIB to a folder of them, or build with "
                        + "`mvn -Pspark -DskipTests package`, which puts them in target/spark-lib");
            }
            classPath = classPath + File.pathSeparator + lib.resolve("*");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + Math.max(1, Runtime.getRuntime().maxMemory() >> 20) + "m");
        command.addAll(JAVA17_OPTIONS);
        for (String property : new String[] {"ai.djl.offline", "ai.djl.default_engine", "ai.djl.pytorch.num_threads",
            "ai.djl.pytorch.num_interop_threads"}) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.add("-Dorg.slf4j.simpleLogger.log.org.apache.spark=warn");
        command.add("-Dorg.slf4j.simpleLogger.log.org.apache.hadoop=error");
        command.add("-Dorg.slf4j.simpleLogger.log.org.sparkproject=warn");
        command.add("-Dorg.slf4j.simpleLogger.log.org.apache.parquet=warn");
        command.add("-cp");
        command.add(classPath);
        command.add(JOB_CLASS);
        command.addAll(jobArgs);
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            return p.waitFor();
        } catch (IOException e) {
            throw new KysException("cannot start the Spark job: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KysException("interrupted while the Spark job ran", e);
        }
    }

    private static Path sparkLib() {
        String env = System.getenv("KYS_SPARK_LIB");
        if (env != null && !env.isBlank()) {
            return Files.isDirectory(Path.of(env)) ? Path.of(env) : null;
        }
        try {
            Path jar = Path.of(SparkProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path lib = jar.getParent() == null ? null : jar.getParent().resolve("spark-lib");
            return lib != null && Files.isDirectory(lib) ? lib : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
