package io.kys.data;

import java.util.Optional;

/**
 * The element types kys reads from {@code .npy} files: unsigned bytes (MedMNIST images and labels)
 * and little-endian 64-bit integers (labels written by user code with numpy's default int type).
 */
public enum NpyDType {
    /** Unsigned 8-bit integer, numpy {@code |u1}. */
    UINT8(1),
    /** Little-endian signed 64-bit integer, numpy {@code <i8}. */
    INT64(8);

    private final int itemSize;

    NpyDType(int itemSize) {
        this.itemSize = itemSize;
    }

    /** Bytes per element. */
    public int itemSize() {
        return itemSize;
    }

    /**
     * The dtype for a numpy {@code descr} string; empty for everything kys does not read (floats,
     * big-endian integers, structured types).
     */
    public static Optional<NpyDType> fromDescr(String descr) {
        return switch (descr) {
            case "|u1", "<u1", "=u1", "u1", "B" -> Optional.of(UINT8);
            case "<i8" -> Optional.of(INT64);
            default -> Optional.empty();
        };
    }
}
