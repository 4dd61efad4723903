package io.kys.deploy;

import io.kys.data.UInt8Image;
import java.util.Objects;

/**
 * What reading one input gave: its pixels, or the reason it could not be scored.
 *
 * @param image the pixels at the input's own size, or null on failure
 * @param failure a one-line reason, or null on success
 */
public record DecodeResult(UInt8Image image, String failure) {
    /** Exactly one of the two is set. */
    public DecodeResult {
        if ((image == null) == (failure == null)) {
            throw new IllegalArgumentException("a decode result holds an image or a failure, not both or neither");
        }
    }

    /** A readable input. */
    public static DecodeResult of(UInt8Image image) {
        return new DecodeResult(Objects.requireNonNull(image, "image"), null);
    }

    /** An input that cannot be scored, and why. */
    public static DecodeResult failed(String reason) {
        return new DecodeResult(null, Objects.requireNonNull(reason, "reason"));
    }

    /** True when the input was read. */
    public boolean ok() {
        return image != null;
    }
}
