package io.kys.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Catalog facts of one MedMNIST 2D dataset at 28 px, for the current release and for MedMNIST v2
 * (they differ only for organ{a,c,s}mnist).
 *
 * @param name catalog name, e.g. {@code bloodmnist}
 * @param url official download address of the current file
 * @param md5 MD5 of the current file (lower-case hex)
 * @param channels 1 (gray) or 3 (RGB)
 * @param task MedMNIST's task type, e.g. {@code multi-class}, {@code binary-class},
 *     {@code ordinal-regression}, {@code multi-label, binary-class}
 * @param classNames label names by label value
 * @param splits split sizes of the current file
 * @param license data license
 * @param v2Url download address of the MedMNIST v2 file
 * @param v2Md5 MD5 of the MedMNIST v2 file
 * @param v2Splits split sizes of the MedMNIST v2 file
 * @param sizeBytes size of the file in bytes where the catalog knows it, else -1 (a progress hint only)
 */
public record DatasetInfo(String name, String url, String md5, int channels, String task,
                          List<String> classNames, SplitSizes splits, String license,
                          String v2Url, String v2Md5, SplitSizes v2Splits, long sizeBytes) {
    /** Image side length of every catalog file (the 28 px variants). */
    public static final int IMAGE_SIZE = 28;

    /** Checks the facts are complete, and normalizes MD5s to lower case. */
    public DatasetInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(splits, "splits");
        Objects.requireNonNull(license, "license");
        md5 = Objects.requireNonNull(md5, "md5").toLowerCase(Locale.ROOT);
        v2Url = v2Url == null ? url : v2Url;
        v2Md5 = v2Md5 == null ? md5 : v2Md5.toLowerCase(Locale.ROOT);
        v2Splits = v2Splits == null ? splits : v2Splits;
        classNames = List.copyOf(classNames);
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException(name + ": channels must be 1 or 3, got " + channels);
        }
    }

    /** The number of label values (for a multi-label set, the number of findings). */
    public int numClasses() {
        return classNames.size();
    }

    /** The archive's file name in a data folder, e.g. {@code bloodmnist.npz}. */
    public String fileName() {
        return name + ".npz";
    }

    /** True for multi-label sets (chestmnist): each image carries several 0/1 findings, not one class. */
    public boolean multiLabel() {
        return task.startsWith("multi-label");
    }

    /** Which release a file with this MD5 is, if it is one of this dataset's files. */
    public Optional<Release> matchMd5(String fileMd5) {
        if (fileMd5 == null) {
            return Optional.empty();
        }
        String m = fileMd5.toLowerCase(Locale.ROOT);
        if (m.equals(md5)) {
            return Optional.of(Release.CURRENT);
        }
        if (m.equals(v2Md5)) {
            return Optional.of(Release.V2);
        }
        return Optional.empty();
    }

    /** The MD5s of all accepted files: the current one first, then the v2 one where it differs. */
    public List<String> acceptedMd5s() {
        List<String> all = new ArrayList<>(List.of(md5));
        if (!v2Md5.equals(md5)) {
            all.add(v2Md5);
        }
        return List.copyOf(all);
    }

    /** The split sizes of {@code release}. */
    public SplitSizes splits(Release release) {
        return release == Release.V2 ? v2Splits : splits;
    }

    /** True when the releases have different files (organ{a,c,s}mnist). */
    public boolean hasDistinctV2() {
        return !v2Md5.equals(md5);
    }

    /** The releases whose split sizes equal {@code sizes}; empty when none does. */
    public List<Release> releasesWithSplits(SplitSizes sizes) {
        List<Release> found = new ArrayList<>();
        if (splits.equals(sizes)) {
            found.add(Release.CURRENT);
        }
        if (hasDistinctV2() && v2Splits.equals(sizes)) {
            found.add(Release.V2);
        }
        return found;
    }
}
