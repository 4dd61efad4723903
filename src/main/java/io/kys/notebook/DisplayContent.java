package io.kys.notebook;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * One output to show: the same content in one or more MIME types, for example {@code text/html}
 * with a {@code text/plain} fallback. A notebook shows the richest type it understands; a console
 * prints the plain text. Binary types (PNG) are held base64-encoded, the form Jupyter messages carry.
 *
 * @param bundle MIME type to data, in insertion order; never empty
 */
public record DisplayContent(Map<String, String> bundle) {
    /** MIME type of plain text, the fallback every front end understands. */
    public static final String TEXT = "text/plain";
    /** MIME type of an HTML fragment. */
    public static final String HTML = "text/html";
    /** MIME type of Markdown text. */
    public static final String MARKDOWN = "text/markdown";
    /** MIME type of a base64-encoded PNG image. */
    public static final String PNG = "image/png";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** Copies the bundle so that later changes to the caller's map do not leak in. */
    public DisplayContent {
        Objects.requireNonNull(bundle, "bundle");
        if (bundle.isEmpty()) {
            throw new IllegalArgumentException("a display needs at least one MIME type");
        }
        bundle = Collections.unmodifiableMap(new LinkedHashMap<>(bundle));
    }

    /** Plain text. */
    public static DisplayContent text(String text) {
        return new DisplayContent(Map.of(TEXT, String.valueOf(text)));
    }

    /** An HTML fragment; it has no text form, so a console shows nothing for it. */
    public static DisplayContent html(String html) {
        return new DisplayContent(Map.of(HTML, String.valueOf(html)));
    }

    /** Markdown; its source doubles as the text form, since Markdown reads well as it is. */
    public static DisplayContent markdown(String markdown) {
        String source = String.valueOf(markdown);
        Map<String, String> bundle = new LinkedHashMap<>();
        bundle.put(MARKDOWN, source);
        bundle.put(TEXT, source);
        return new DisplayContent(bundle);
    }

    /**
     * A PNG image given as its encoded bytes, with a short text stand-in such as
     * {@code [image 28x28]} for consoles.
     */
    public static DisplayContent png(byte[] png) {
        Objects.requireNonNull(png, "png");
        Map<String, String> bundle = new LinkedHashMap<>();
        bundle.put(PNG, Base64.getEncoder().encodeToString(png));
        bundle.put(TEXT, pngDescription(png));
        return new DisplayContent(bundle);
    }

    /** An image, encoded as PNG. */
    public static DisplayContent image(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalArgumentException("no PNG writer accepts image type " + image.getType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode image as PNG", e);
        }
        return png(out.toByteArray());
    }

    /** A copy with {@code data} added (or replaced) under {@code mimeType}. */
    public DisplayContent with(String mimeType, String data) {
        Map<String, String> copy = new LinkedHashMap<>(bundle);
        copy.put(Objects.requireNonNull(mimeType, "mimeType"), Objects.requireNonNull(data, "data"));
        return new DisplayContent(copy);
    }

    /** The data for {@code mimeType}, if this content has that form. */
    public Optional<String> get(String mimeType) {
        return Optional.ofNullable(bundle.get(mimeType));
    }

    /** The plain-text form, if any. */
    public Optional<String> plainText() {
        return get(TEXT);
    }

    /** Reads the size from the PNG header so the text stand-in says what the picture is. */
    private static String pngDescription(byte[] png) {
        boolean isPng = png.length >= 24
                && java.util.Arrays.equals(png, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length);
        if (!isPng) {
            return "[image]";
        }
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        return "[image " + header.getInt() + "x" + header.getInt() + "]";
    }
}
