package io.kys.deploy;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads image files (PNG, JPEG, BMP, GIF and, through the TwelveMonkeys plugin, TIFF) into
 * pixels, never throwing for a bad file: every failure becomes a {@link DecodeResult} with a
 * one-line reason. The first image of a multi-image file is read.
 *
 * <p>Guards, in order: an empty file; content no reader recognises (text is named as text);
 * the width and height the header declares, read before any pixel is decoded, against {@code
 * maxPixels}, so a decompression bomb (a few kilobytes declaring 20000 x 20000) is refused
 * without allocating its raster; decoding errors; and decoder warnings, which the JDK's JPEG
 * reader raises for a truncated file while still returning an image padded with gray, so such
 * an image is refused rather than scored.
 */
public final class ImageDecoder {
    /** Default pixel limit: 25 megapixels (5000 x 5000), far above any image a 28 px model needs. */
    public static final long DEFAULT_MAX_PIXELS = 25_000_000L;
    private static final int SNIFF_BYTES = 512;

    private final long maxPixels;

    /** A decoder refusing images that declare more than {@code maxPixels} pixels. */
    public ImageDecoder(long maxPixels) {
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("the pixel limit must be positive, got " + maxPixels);
        }
        this.maxPixels = maxPixels;
    }

    /** A decoder with {@link #DEFAULT_MAX_PIXELS}. */
    public ImageDecoder() {
        this(DEFAULT_MAX_PIXELS);
    }

    /** The pixel limit. */
    public long maxPixels() {
        return maxPixels;
    }

    /** Reads an image file. */
    public DecodeResult decode(Path file) {
        long length;
        try {
            if (!Files.isRegularFile(file)) {
                return DecodeResult.failed(Files.exists(file) ? "not a regular file" : "no such file");
            }
            length = Files.size(file);
        } catch (IOException e) {
            return DecodeResult.failed("cannot read: " + message(e));
        }
        if (length == 0) {
            return DecodeResult.failed("empty file (0 bytes)");
        }
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            return decode(in);
        } catch (IOException e) {
            return DecodeResult.failed("cannot read: " + message(e));
        }
    }

    /** Reads an image from its encoded bytes (e.g. the content column of a table). */
    public DecodeResult decode(byte[] content) {
        if (content == null || content.length == 0) {
            return DecodeResult.failed("empty file (0 bytes)");
        }
        try (ImageInputStream in = new ByteArrayImageInputStream(content)) {
            return decode(in);
        } catch (IOException e) {
            return DecodeResult.failed("cannot read: " + message(e));
        }
    }

    private DecodeResult decode(ImageInputStream in) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            return DecodeResult.failed(notAnImage(in));
        }
        ImageReader reader = readers.next();
        String format = format(reader);
        try {
            reader.setInput(in, true, true);
            int width;
            int height;
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                return DecodeResult.failed("unreadable " + format + " header: " + message(e));
            }
            if (width <= 0 || height <= 0) {
                return DecodeResult.failed(format + " declares an empty image (" + width + " x " + height + ")");
            }
            if ((long) width * height > maxPixels) {
                return DecodeResult.failed("too many pixels: " + format + " declares " + width + " x " + height
                        + ", over the limit of " + maxPixels + " (decompression-bomb guard; --max-pixels raises it)");
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image;
            try {
                image = reader.read(0);
            } catch (IOException | RuntimeException e) {
                return DecodeResult.failed("corrupt " + format + " data: " + message(e));
            }
            if (!warnings.isEmpty()) {
                return DecodeResult.failed("damaged " + format + " data: " + warnings.get(0));
            }
            try {
                return DecodeResult.of(Pixels.of(image));
            } catch (RuntimeException e) {
                return DecodeResult.failed("unsupported " + format + " pixel layout: " + message(e));
            }
        } finally {
            reader.dispose();
        }
    }

    private static String format(ImageReader reader) {
        try {
            return reader.getFormatName().toUpperCase(Locale.ROOT);
        } catch (IOException e) {
            return "image";
        }
    }

    /** Names text as text: the usual case of a non-image file with an image's extension. */
    private static String notAnImage(ImageInputStream in) throws IOException {
        in.seek(0);
        byte[] head = new byte[SNIFF_BYTES];
        int n = Math.max(0, in.read(head));
        boolean text = n > 0;
        for (int i = 0; i < n && text; i++) {
            int b = head[i] & 0xFF;
            text = b == '\n' || b == '\r' || b == '\t' || (b >= 0x20 && b != 0x7F);
        }
        return text ? "not an image: the file holds text"
                : "not an image: no reader recognises its content (PNG, JPEG, BMP, GIF, TIFF)";
    }

    private static String message(Throwable e) {
        Throwable t = e;
        String m = t.getMessage();
        while ((m == null || m.isBlank()) && t.getCause() != null) {
            t = t.getCause();
            m = t.getMessage();
        }
        String text = m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
        return text.lines().findFirst().orElse(text).strip();
    }
}
