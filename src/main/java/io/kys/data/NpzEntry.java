package io.kys.data;

/**
 * One array stored in an {@code .npz} archive.
 *
 * @param arrayName the array's key, e.g. {@code train_images}
 * @param entryName the zip entry, e.g. {@code train_images.npy}
 * @param size uncompressed bytes of the {@code .npy} (header and data)
 * @param compressedSize bytes the entry takes in the archive
 * @param compressed true when the entry is deflated, false when stored
 */
public record NpzEntry(String arrayName, String entryName, long size, long compressedSize, boolean compressed) { }
