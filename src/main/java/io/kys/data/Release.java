package io.kys.data;

/**
 * Which MedMNIST release a file belongs to. The releases differ only for organ{a,c,s}mnist, whose
 * blank samples were removed in MedMNIST 2.2.4; both files are accepted because published work
 * (including the authors' split files) was done on the older one.
 */
public enum Release {
    /** The current release (MedMNIST v3 files on Zenodo record 10519652). */
    CURRENT("current"),
    /** MedMNIST v2 before 2.2.4 (Zenodo record 6496656). */
    V2("v2 (before 2.2.4)");

    private final String label;

    Release(String label) {
        this.label = label;
    }

    /** How tables and messages name this release. */
    public String label() {
        return label;
    }
}
