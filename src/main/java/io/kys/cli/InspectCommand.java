package io.kys.cli;

import io.kys.KysException;
import io.kys.data.CatalogMatch;
import io.kys.data.DatasetLoader;
import io.kys.data.Md5;
import io.kys.data.MedMnistCatalog;
import io.kys.data.MedMnistDataset;
import io.kys.data.NpyHeader;
import io.kys.data.NpzArchive;
import io.kys.data.NpzEntry;
import io.kys.data.SplitSizes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kys inspect FILE.npz}: the arrays of an archive and whether it is a catalog file. */
@Command(name = "inspect", description = "Show the arrays of an .npz file (dtype, shape), its MD5 and which MedMNIST file it is.")
public final class InspectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.npz", description = "The archive to inspect.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
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
        return verdict(out);
    }

    /**
     * Reads the archive the way training and detection do and says whether they can use it:
     * a table of arrays alone cannot tell (a wrong dtype or a label shape that does not match).
     */
    private int verdict(PrintWriter out) {
        try {
            MedMnistDataset d = DatasetLoader.loadFile(file, null);
            SplitSizes n = d.sizes();
            out.printf("verdict  usable: %d train, %d val, %d test images of %dx%d, %d channel(s), %d classes%n",
                    n.train(), n.val(), n.test(), d.train().height(), d.train().width(), d.channels(), d.numClasses());
            return 0;
        } catch (KysException e) {
            out.println("verdict  unusable: " + e.getMessage());
            return 1;
        }
    }
}
