package io.kys.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small {@code .npy}/{@code .npz} files for tests, including deliberately malformed ones:
 * every byte is chosen here, so each reader error can be provoked on purpose.
 */
public final class NpzWriter {
    private NpzWriter() { }

    /** A well-formed {@code .npy} of format {@code version} (header padded to 64 bytes as numpy does). */
    public static byte[] npy(int version, String descr, boolean fortran, long[] shape, byte[] data) {
        StringBuilder dims = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            dims.append(shape[i]).append(i == 0 && shape.length == 1 ? "," : i < shape.length - 1 ? ", " : "");
        }
        dims.append(')');
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False")
                + ", 'shape': " + dims + ", }";
        return npyWithHeaderText(version, dict, data);
    }

    /** A {@code .npy} with any header text, padded and terminated like numpy's. */
    public static byte[] npyWithHeaderText(int version, String dict, byte[] data) {
        int lengthBytes = version == 1 ? 2 : 4;
        int prefix = 6 + 2 + lengthBytes;
        byte[] text = dict.getBytes(version == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        int padded = ((prefix + text.length + 1 + 63) / 64) * 64 - prefix;
        ByteBuffer b = ByteBuffer.allocate(prefix + padded + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) version, 0});
        if (version == 1) {
            b.putShort((short) padded);
        } else {
            b.putInt(padded);
        }
        b.put(text);
        for (int i = text.length; i < padded - 1; i++) {
            b.put((byte) ' ');
        }
        b.put((byte) '\n');
        b.put(data);
        return b.array();
    }

    /** A uint8 {@code .npy} (version 1). */
    public static byte[] uint8(long[] shape, byte[] data) {
        return npy(1, "|u1", false, shape, data);
    }

    /** An int64 {@code .npy} of the given values (version 1). */
    public static byte[] int64(long[] shape, long[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            b.putLong(v);
        }
        return npy(1, "<i8", false, shape, b.array());
    }

    /** Writes entries (name without {@code .npy} -> bytes) as a zip, deflated or stored. */
    public static Path npz(Path file, Map<String, byte[]> arrays, boolean deflate) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : arrays.entrySet()) {
                ZipEntry z = new ZipEntry(e.getKey().endsWith("/") ? e.getKey() : e.getKey() + ".npy");
                if (!deflate) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    z.setMethod(ZipEntry.STORED);
                    z.setSize(e.getValue().length);
                    z.setCompressedSize(e.getValue().length);
                    z.setCrc(crc.getValue());
                }
                zip.putNextEntry(z);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /**
     * Writes stored entries in zip64 form (sizes and offsets only in zip64 extra fields, zip64 end
     * records), as numpy and large archives do; Java's writer only does this for huge files.
     */
    public static Path zip64(Path file, Map<String, byte[]> arrays) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> e : arrays.entrySet()) {
            byte[] name = (e.getKey() + ".npy").getBytes(StandardCharsets.UTF_8);
            byte[] data = e.getValue();
            CRC32 crc = new CRC32();
            crc.update(data);
            long offset = out.size();
            ByteBuffer local = le(30 + name.length + 20);
            local.putInt(0x04034b50).putShort((short) 45).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0x21).putInt((int) crc.getValue())
                    .putInt(-1).putInt(-1).putShort((short) name.length).putShort((short) 20).put(name)
                    .putShort((short) 1).putShort((short) 16).putLong(data.length).putLong(data.length);
            out.write(local.array());
            out.write(data);
            ByteBuffer c = le(46 + name.length + 28);
            c.putInt(0x02014b50).putShort((short) 45).putShort((short) 45).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0x21).putInt((int) crc.getValue()).putInt(-1).putInt(-1)
                    .putShort((short) name.length).putShort((short) 28).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt(0).putInt(-1).put(name)
                    .putShort((short) 1).putShort((short) 24).putLong(data.length).putLong(data.length).putLong(offset);
            central.write(c.array());
        }
        long cdOffset = out.size();
        out.write(central.toByteArray());
        long eocd64 = out.size();
        ByteBuffer end = le(56 + 20 + 22);
        end.putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
                .putLong(arrays.size()).putLong(arrays.size()).putLong(central.size()).putLong(cdOffset);
        end.putInt(0x07064b50).putInt(0).putLong(eocd64).putInt(1);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) -1).putShort((short) -1)
                .putInt(-1).putInt(-1).putShort((short) 0);
        out.write(end.array());
        Files.write(file, out.toByteArray());
        return file;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * The six arrays of a MedMNIST-layout archive with random pixels and labels: images
     * {@code (n,h,w)} or {@code (n,h,w,3)}, labels uint8 {@code (n,1)}, all label values present
     * in the training split when it has at least {@code classes} images.
     */
    public static Map<String, byte[]> medmnistArrays(int[] sizes, int side, int channels, int classes, long seed) {
        Random rnd = new Random(seed);
        Map<String, byte[]> arrays = new LinkedHashMap<>();
        String[] splits = {"train", "val", "test"};
        for (int s = 0; s < 3; s++) {
            int n = sizes[s];
            byte[] px = new byte[n * side * side * channels];
            rnd.nextBytes(px);
            long[] shape = channels == 1 ? new long[] {n, side, side} : new long[] {n, side, side, channels};
            arrays.put(splits[s] + "_images", uint8(shape, px));
        }
        for (int s = 0; s < 3; s++) {
            int n = sizes[s];
            byte[] labels = new byte[n];
            for (int i = 0; i < n; i++) {
                labels[i] = (byte) (i < classes ? i : rnd.nextInt(classes));
            }
            arrays.put(splits[s] + "_labels", uint8(new long[] {n, 1}, labels));
        }
        return arrays;
    }

    /** Writes a small deflated MedMNIST-layout archive. */
    public static Path medmnistNpz(Path file, int[] sizes, int channels, int classes, long seed) throws IOException {
        return npz(file, medmnistArrays(sizes, 28, channels, classes, seed), true);
    }
}
