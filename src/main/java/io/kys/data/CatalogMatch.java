package io.kys.data;

/**
 * A file recognized as a catalog dataset by its MD5.
 *
 * @param info the dataset
 * @param release which of its files it is
 */
public record CatalogMatch(DatasetInfo info, Release release) {
    /** "bloodmnist" or "organamnist (v2 (before 2.2.4))", as messages name the match. */
    public String describe() {
        return info.hasDistinctV2() ? info.name() + " (" + release.label() + ")" : info.name();
    }
}
