package io.kys.data;

import io.kys.KysException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads {@code .npy} arrays (format versions 1, 2 and 3) of the types in {@link NpyDType}, C order
 * only. Sizes are checked against the bytes actually available before anything is allocated, so a
 * corrupt or hostile header cannot ask for gigabytes.
 */
public final class NpyReader {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** numpy itself refuses headers over 10k by default; this leaves room and still caps the allocation. */
    private static final int MAX_HEADER_BYTES = 1 << 20;
    /** The largest byte[] the JVM reliably allocates. */
    private static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 16;

    private NpyReader() { }

    /** Reads a plain {@code .npy} file. */
    public static NpyArray read(Path npyFile) {
        try (InputStream in = Files.newInputStream(npyFile)) {
            return read(in, Files.size(npyFile), npyFile.toString());
        } catch (NoSuchFileException e) {
            throw new KysException(npyFile + " not found");
        } catch (IOException e) {
            throw new KysException("cannot read " + npyFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads one array from a stream positioned at the start of its {@code .npy} bytes.
     *
     * @param in the stream; read up to the end of the array data, not closed
     * @param available the number of bytes of the whole {@code .npy} (header and data) in the stream
     * @param source how messages name the array, e.g. "train_images.npy in data/bloodmnist.npz"
     * @throws KysException for a corrupt header, an unsupported dtype, Fortran order, a shape larger
     *     than the available bytes, or truncated data
     */
    public static NpyArray read(InputStream in, long available, String source) throws IOException {
        NpyHeader h = readHeader(in, source);
        NpyDType dtype = requireReadable(h, source);
        long dataBytes = dataBytes(h, dtype, source);
        long room = available - h.dataOffset();
        if (dataBytes > room) {
            throw new KysException(source + " declares shape " + h.shapeString() + " (" + dataBytes
                    + " bytes) but holds only " + Math.max(0, room) + " data bytes; the file is truncated or corrupt");
        }
        if (dataBytes > MAX_ARRAY_BYTES) {
            throw new KysException(source + " has " + dataBytes + " data bytes, more than one Java array can hold (2 GiB)");
        }
        // Allocated once at its checked size and filled in place (readNBytes(int) would buffer in chunks and copy).
        byte[] data = new byte[(int) dataBytes];
        int got = in.readNBytes(data, 0, data.length);
        if (got != dataBytes) {
            throw new KysException(source + " is truncated: expected " + dataBytes + " data bytes, found " + got);
        }
        return new NpyArray(toIntShape(h), dtype, data);
    }

    /** The checked element type of a header. */
    private static NpyDType requireReadable(NpyHeader h, String source) {
        NpyDType dtype = h.dtype().orElseThrow(() -> new KysException("unsupported dtype '" + h.descr() + "' in "
                + source + "; kys reads little-endian uint8 ('|u1'), int32 ('<i4'), int64 ('<i8'),"
                + " float32 ('<f4') and float64 ('<f8') arrays"));
        if (h.fortranOrder()) {
            throw new KysException(source + " is stored in Fortran order; kys reads C-order arrays only"
                    + " (save it with numpy.ascontiguousarray)");
        }
        return dtype;
    }

    private static long dataBytes(NpyHeader h, NpyDType dtype, String source) {
        long count = h.elementCount();
        if (count < 0 || count > Long.MAX_VALUE / dtype.itemSize()) {
            throw new KysException(source + " declares an impossible shape " + h.shapeString());
        }
        return count * dtype.itemSize();
    }

    private static int[] toIntShape(NpyHeader h) {
        // Each dimension is at most the element count, which fits an int once the bytes fit an array.
        return Arrays.stream(h.shape()).mapToInt(Math::toIntExact).toArray();
    }

    /**
     * Reads the magic string and header of a {@code .npy} stream, leaving the stream at the first
     * data byte.
     *
     * @throws KysException when the bytes are not a well-formed {@code .npy} header
     */
    public static NpyHeader readHeader(InputStream in, String source) throws IOException {
        byte[] start = in.readNBytes(MAGIC.length + 2);
        if (start.length < MAGIC.length + 2 || !Arrays.equals(Arrays.copyOf(start, MAGIC.length), MAGIC)) {
            throw corrupt(source, "it does not start with the .npy magic string");
        }
        int major = start[MAGIC.length] & 0xFF;
        if (major < 1 || major > 3) {
            throw corrupt(source, "unknown format version " + major + "." + (start[MAGIC.length + 1] & 0xFF));
        }
        int lengthBytes = major == 1 ? 2 : 4;
        byte[] len = in.readNBytes(lengthBytes);
        if (len.length < lengthBytes) {
            throw corrupt(source, "the header length is cut off");
        }
        long headerLength = 0;
        for (int k = lengthBytes - 1; k >= 0; k--) {
            headerLength = (headerLength << 8) | (len[k] & 0xFF);
        }
        if (headerLength > MAX_HEADER_BYTES) {
            throw corrupt(source, "header length " + headerLength + " is implausible");
        }
        byte[] text = in.readNBytes((int) headerLength);
        if (text.length < headerLength) {
            throw corrupt(source, "the header is cut off");
        }
        // Versions 1 and 2 store the header as latin-1, version 3 as UTF-8.
        String dict = new String(text, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1).strip();
        int dataOffset = MAGIC.length + 2 + lengthBytes + (int) headerLength;
        return toHeader(major, dict, dataOffset, source);
    }

    private static NpyHeader toHeader(int major, String dict, int dataOffset, String source) {
        Map<String, Object> fields;
        try {
            fields = NpyHeaderDict.parse(dict);
        } catch (IllegalArgumentException e) {
            throw corrupt(source, e.getMessage());
        }
        if (!(fields.get("descr") instanceof String descr)) {
            throw corrupt(source, "no 'descr' string");
        }
        if (!(fields.get("fortran_order") instanceof Boolean fortran)) {
            throw corrupt(source, "no 'fortran_order' flag");
        }
        if (!(fields.get("shape") instanceof long[] shape)) {
            throw corrupt(source, "no 'shape' tuple");
        }
        return new NpyHeader(major, descr, fortran, shape, dataOffset);
    }

    private static KysException corrupt(String source, String reason) {
        return new KysException("corrupt .npy header in " + source + ": " + reason);
    }
}
