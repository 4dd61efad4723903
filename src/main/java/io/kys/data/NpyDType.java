package io.kys.data;

import java.util.Optional;

/**
 * The element types kys reads from {@code .npy} files: unsigned bytes (MedMNIST images and labels),
 * little-endian 32- and 64-bit integers (labels written by user code with numpy's default int
 * type, which is 32 bits on some platforms) and little-endian floats (feature matrices for
 * {@code kys posthoc}).
 */
public enum NpyDType {
    /** Unsigned 8-bit integer, numpy {@code |u1}. */
    UINT8(1, true),
    /** Little-endian signed 32-bit integer, numpy {@code <i4}. */
    INT32(4, true),
    /** Little-endian signed 64-bit integer, numpy {@code <i8}. */
    INT64(8, true),
    /** Little-endian IEEE single precision, numpy {@code <f4}. */
    FLOAT32(4, false),
    /** Little-endian IEEE double precision, numpy {@code <f8}. */
    FLOAT64(8, false);

    private final int itemSize;
    private final boolean integer;

    NpyDType(int itemSize, boolean integer) {
        this.itemSize = itemSize;
        this.integer = integer;
    }

    /** Bytes per element. */
    public int itemSize() {
        return itemSize;
    }

    /** Whether the elements are integers (labels may only be stored as these). */
    public boolean isInteger() {
        return integer;
    }

    /**
     * The dtype for a numpy {@code descr} string; empty for everything kys does not read
     * (big-endian numbers, other widths, complex and structured types).
     */
    public static Optional<NpyDType> fromDescr(String descr) {
        return switch (descr) {
            case "|u1", "<u1", "=u1", "u1", "B" -> Optional.of(UINT8);
            case "<i4" -> Optional.of(INT32);
            case "<i8" -> Optional.of(INT64);
            case "<f4" -> Optional.of(FLOAT32);
            case "<f8" -> Optional.of(FLOAT64);
            default -> Optional.empty();
        };
    }
}
