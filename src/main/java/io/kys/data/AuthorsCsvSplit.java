package io.kys.data;

import io.kys.KysException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads the open-set split files the paper's authors distributed: {@code {ds}_in_train.csv},
 * {@code {ds}_in_val.csv} and {@code {ds}_out.csv}, each with columns {@code index} and
 * {@code labels} (other columns, such as a pandas row number, are ignored), where {@code index}
 * points into the official arrays concatenated as train + val + test.
 *
 * <p>This does what the reference code does with them: the training set is the
 * {@code in_train} rows and the validation set the {@code in_val} rows, each label-encoded to
 * {@code 0..k-1} in sorted original order; its detection script scores the in-distribution side
 * with the {@code in_val} rows too, so {@link OpenSetData#testIn()} holds the same images as
 * {@link OpenSetData#valIn()}; the novel side is all {@code out} rows (from any official split),
 * with original labels. Each row's label is checked against the archive, which catches files made
 * for another release (the organ sets lost samples in MedMNIST 2.2.4, shifting indices).
 */
public final class AuthorsCsvSplit {
    private AuthorsCsvSplit() { }

    /**
     * Reads {@code ds}'s three files from {@code folder} (or from {@code folder/ds/}, the authors'
     * layout) and applies them to {@code dataset}.
     *
     * @throws KysException when a file is missing or malformed, an index is out of range, or a
     *     label disagrees with the archive
     */
    public static OpenSetData read(Path folder, String ds, MedMnistDataset dataset) {
        Path dir = Files.exists(folder.resolve(ds + "_in_train.csv")) ? folder : folder.resolve(ds);
        int total = dataset.sizes().total();
        Rows train = Rows.read(dir.resolve(ds + "_in_train.csv"), total);
        Rows val = Rows.read(dir.resolve(ds + "_in_val.csv"), total);
        Rows out = Rows.read(dir.resolve(ds + "_out.csv"), total);
        for (Rows r : List.of(train, val, out)) {
            r.checkAgainst(dataset);
        }
        int[] in = train.distinctLabels();
        int[] novel = out.distinctLabels();
        for (int v : val.distinctLabels()) {
            if (Arrays.binarySearch(in, v) < 0) {
                throw new KysException(val.file + " has class " + v + ", which " + train.file + " does not have");
            }
        }
        OpenSetSplit split = new OpenSetSplit(in, novel);
        ImageSet valIn = gather(dataset, val.indices, encode(val.labels, split));
        return new OpenSetData(dataset.name(),
                gather(dataset, train.indices, encode(train.labels, split)),
                valIn, valIn,
                gather(dataset, out.indices, out.labels),
                split, dataset.classNames(), "authors' split files in " + dir);
    }

    private static int[] encode(int[] labels, OpenSetSplit split) {
        return Arrays.stream(labels).map(split::newLabel).toArray();
    }

    /** The images at positions of the train + val + test concatenation, with the given labels. */
    static ImageSet gather(MedMnistDataset d, int[] globalIndices, int[] labels) {
        ImageSet first = d.train();
        int bytes = first.imageBytes();
        byte[] px = new byte[globalIndices.length * bytes];
        for (int k = 0; k < globalIndices.length; k++) {
            int g = globalIndices[k];
            for (Split s : Split.values()) {
                ImageSet set = d.split(s);
                if (g < set.size()) {
                    set.copyImage(g, px, k * bytes);
                    break;
                }
                g -= set.size();
            }
        }
        return new ImageSet(globalIndices.length, first.height(), first.width(), first.channels(), px, labels);
    }

    /** The global label at a position of the concatenation. */
    private static int labelAt(MedMnistDataset d, int g) {
        for (Split s : Split.values()) {
            ImageSet set = d.split(s);
            if (g < set.size()) {
                return set.label(g);
            }
            g -= set.size();
        }
        throw new IllegalArgumentException("index beyond the dataset: " + g);
    }

    /** The {@code index} and {@code labels} columns of one file. */
    private static final class Rows {
        final Path file;
        final int[] indices;
        final int[] labels;

        private Rows(Path file, int[] indices, int[] labels) {
            this.file = file;
            this.indices = indices;
            this.labels = labels;
        }

        static Rows read(Path file, int total) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new KysException(file + " not found (the authors' split files are {ds}_in_train.csv,"
                        + " {ds}_in_val.csv and {ds}_out.csv)");
            } catch (IOException e) {
                throw new KysException("cannot read " + file + ": " + e.getMessage(), e);
            }
            lines = lines.stream().filter(l -> !l.isBlank()).toList();
            if (lines.isEmpty()) {
                throw new KysException(file + " is empty; expected a header with columns index,labels");
            }
            List<String> header = Arrays.stream(lines.get(0).split(",", -1)).map(String::strip).toList();
            int ci = header.indexOf("index");
            int cl = header.indexOf("labels");
            if (ci < 0 || cl < 0) {
                throw new KysException(file + " has header '" + lines.get(0) + "'; expected columns index and labels");
            }
            int n = lines.size() - 1;
            int[] indices = new int[n];
            int[] labels = new int[n];
            for (int r = 0; r < n; r++) {
                String[] cells = lines.get(r + 1).split(",", -1);
                indices[r] = cell(file, r + 2, cells, ci);
                labels[r] = cell(file, r + 2, cells, cl);
                if (indices[r] < 0 || indices[r] >= total) {
                    throw new KysException(file + " line " + (r + 2) + ": index " + indices[r]
                            + " is outside the " + total + " images of train+val+test");
                }
            }
            return new Rows(file, indices, labels);
        }

        private static int cell(Path file, int line, String[] cells, int column) {
            try {
                // pandas may write integer columns as floats ("3.0") after a merge; accept whole numbers.
                double v = Double.parseDouble(cells[column].strip());
                if (v != Math.rint(v)) {
                    throw new NumberFormatException();
                }
                return (int) v;
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new KysException(file + " line " + line + ": expected whole numbers in columns index and labels");
            }
        }

        void checkAgainst(MedMnistDataset d) {
            for (int r = 0; r < indices.length; r++) {
                int actual = labelAt(d, indices[r]);
                if (actual != labels[r]) {
                    throw new KysException(file + " line " + (r + 2) + ": label " + labels[r] + " but " + d.file()
                            + " has label " + actual + " at index " + indices[r] + "; the files were made for another"
                            + " release of " + d.name() + " (MD5 " + d.md5() + ")");
                }
            }
        }

        int[] distinctLabels() {
            TreeSet<Integer> s = new TreeSet<>();
            for (int l : labels) {
                s.add(l);
            }
            return s.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
