package io.kys.cli;

import io.kys.data.DatasetInfo;
import io.kys.data.DownloadResult;
import io.kys.data.DownloadSpec;
import io.kys.data.Downloader;
import io.kys.data.MedMnistCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kys download NAME...}: fetches MedMNIST archives into the data folder, verified by MD5. */
@Command(name = "download", description = {
    "Download MedMNIST 28px datasets, verified by MD5.",
    "A file already present with the right MD5 is skipped; an interrupted download resumes."})
public final class DownloadCommand implements Runnable {
    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Dataset names (see `kys info`), or `all`.")
    List<String> names;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--mirror", paramLabel = "BASE_URL",
            description = "Fetch BASE_URL/NAME.npz instead of the official Zenodo address.")
    String mirror;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        List<DatasetInfo> wanted = resolve(names);
        Path dir = dataDir.dir();
        PrintWriter out = spec.commandLine().getOut();
        Downloader downloader = new Downloader();
        for (DatasetInfo info : wanted) {
            DownloadSpec what = mirror == null ? DownloadSpec.official(info) : DownloadSpec.mirror(info, mirror);
            DownloadResult r = downloader.download(what, dir, new ConsoleProgress("MB", 1_000_000));
            if (r.alreadyPresent()) {
                out.println(info.name() + ": " + r.file() + " already present, MD5 verified; skipped");
            } else {
                out.printf("%s: downloaded %s (%.1f MB, MD5 %s verified)%n", info.name(), r.file(), r.bytes() / 1e6, r.md5());
            }
        }
    }

    /** All names are checked before anything is downloaded, so a typo fails fast. */
    private static List<DatasetInfo> resolve(List<String> names) {
        MedMnistCatalog catalog = MedMnistCatalog.standard();
        LinkedHashSet<DatasetInfo> out = new LinkedHashSet<>();
        for (String n : names) {
            if (n.equalsIgnoreCase("all")) {
                out.addAll(catalog.all());
            } else {
                out.add(catalog.require(n));
            }
        }
        return new ArrayList<>(out);
    }
}
