package io.kys.cli;

import io.kys.data.DataBenchmark;
import io.kys.data.DatasetLoader;
import io.kys.data.LoadTiming;
import io.kys.data.MedMnistDataset;
import io.kys.data.PreprocessTiming;
import io.kys.data.Preprocessor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kys bench data}: archive load speed over the data folder and preprocessing throughput. */
@Command(name = "data", description = {
    "Time loading every .npz in the data folder (MD5 + inflate + decode) and",
    "preprocessing (resize to 32 px + normalize) of the largest gray and RGB training sets."})
public final class BenchDataCommand implements Runnable {
    @Mixin
    DataDirOption dataDir;

    @Option(names = "--images", paramLabel = "N", defaultValue = "20000",
            description = "Images to preprocess (default: ${DEFAULT-VALUE}).")
    int images;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = dataDir.dir();
        out.println("command: " + BenchCommand.commandLine(spec));
        out.printf("java %s, %d cores, data folder %s%n", Runtime.version(), Runtime.getRuntime().availableProcessors(), dir);
        List<Path> archives = DataBenchmark.archives(dir);
        List<LoadTiming> loads = DataBenchmark.load(archives);
        TextTable t = new TextTable(List.of("file", "MB", "images", "runs", "seconds", "MB/s", "images/s"),
                1, 2, 3, 4, 5, 6);
        long bytes = 0;
        double seconds = 0;
        for (LoadTiming l : loads) {
            t.row(l.file().getFileName(), fmt(l.bytes() / 1e6), l.images(), l.runs(), fmt3(l.seconds()), fmt(l.megabytesPerSecond()),
                    fmt(l.images() / l.seconds()));
            bytes += l.bytes();
            seconds += l.seconds();
        }
        t.row("all", fmt(bytes / 1e6), loads.stream().mapToInt(LoadTiming::images).sum(), "", fmt3(seconds),
                fmt(bytes / 1e6 / seconds), "");
        out.println("npz load (MD5 + inflate + decode; median seconds per load):");
        out.println(t.render());
        for (MedMnistDataset d : largestPerChannelCount(archives)) {
            PreprocessTiming p = DataBenchmark.preprocess(d.train(), images, Preprocessor.standard());
            out.printf("preprocess (%s train, %s, resize 28->32 + normalize, batches of %d): %d images in %.3f s"
                    + " = %.0f images/s%n", d.name(), d.channels() == 3 ? "RGB" : "gray", p.batchSize(), p.images(),
                    p.seconds(), p.imagesPerSecond());
        }
    }

    /** The largest gray and the largest RGB dataset present, as gray and RGB images cost differently. */
    private static List<MedMnistDataset> largestPerChannelCount(List<Path> archivesSmallestFirst) {
        Map<Integer, MedMnistDataset> byChannels = new TreeMap<>();
        for (Path p : archivesSmallestFirst) {
            MedMnistDataset d = DatasetLoader.loadFile(p, null);
            byChannels.put(d.channels(), d);
        }
        return List.copyOf(byChannels.values());
    }

    private static String fmt(double v) {
        return String.format("%.1f", v);
    }

    private static String fmt3(double v) {
        return String.format("%.3f", v);
    }
}
