package io.kys.cli;

import io.kys.data.CatalogMatch;
import io.kys.data.Md5;
import io.kys.data.MedMnistCatalog;
import io.kys.data.NpyHeader;
import io.kys.data.NpzArchive;
import io.kys.data.NpzEntry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kys inspect FILE.npz}: the arrays of an archive and whether it is a catalog file. */
@Command(name = "inspect", description = "Show the arrays of an .npz file (dtype, shape), its MD5 and which MedMNIST file it is.")
public final class InspectCommand implements Runnable {
    @Parameters(paramLabel = "FILE.npz", description = "The archive to inspect.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (NpzArchive npz = NpzArchive.open(file)) {
            String md5 = Md5.ofFile(file);
            String match = MedMnistCatalog.standard().findByMd5(md5).map(CatalogMatch::describe)
                    .orElse("none (not a MedMNIST catalog file)");
            out.println("file     " + file);
            out.println("md5      " + md5);
            out.println("catalog  " + match);
            TextTable t = new TextTable(List.of("array", "dtype", "shape", "order", "storage", "bytes"), 5);
            for (NpzEntry e : npz.entries()) {
                NpyHeader h = npz.header(e.arrayName());
                t.row(e.arrayName(), h.descr(), h.shapeString(), h.fortranOrder() ? "Fortran" : "C",
                        e.compressed() ? "deflated" : "stored", e.size());
            }
            out.println(t.render());
        }
    }
}
