package io.kys.augment;

import io.kys.KysException;
import java.util.Locale;

/**
 * How pixel-space images are built, as four switches that together separate kys's own recipe
 * from the reference code's (LLNL/OODmedic). They matter: with the reference's recipe the
 * protocol {@code ours} gains its detection effect at small budgets, with kys's earlier recipe
 * it did not (docs/fidelity.md has the ablation).
 *
 * <ul>
 *   <li>{@code native}: augmentations work on the image at its stored size (28 px for MedMNIST),
 *       and the resize to the network's 32 px input comes after them, as in the reference;
 *       otherwise images are resized first and augmented at 32 px.</li>
 *   <li>{@code band}: AugMix's shears and translations draw the (28 px) image onto a 32 x 32
 *       canvas, which leaves a black band at the right and bottom: an artefact of the reference,
 *       whose operations hard-code a 32 px output size. Needs {@code native}.</li>
 *   <li>{@code ghost}: the training affine is drawn anew for every AugMix chain, for the
 *       original it is mixed with, and for a jigsaw source, so an outlier blends several shifted
 *       and rotated copies of its source image (the reference's preprocessing inside AugMix).</li>
 *   <li>{@code nearest}: every random affine samples nearest-neighbour (torchvision's default)
 *       instead of bilinear.</li>
 * </ul>
 *
 * Written as a base name with optional toggles: {@code reference} (all four), {@code kys}
 * (none), {@code reference-band} (the reference without its band), {@code kys+ghost}, ...
 *
 * @param nativeSize augment at the stored size, resize last
 * @param band geometric AugMix operations draw onto a 32 px canvas
 * @param ghost a fresh random affine per AugMix chain, original and jigsaw source
 * @param nearest random affines sample nearest-neighbour
 */
public record PixelRecipe(boolean nativeSize, boolean band, boolean ghost, boolean nearest) {

    /** The reference code's construction, every switch on. */
    public static final PixelRecipe REFERENCE = new PixelRecipe(true, true, true, true);
    /** kys's first recipe: resize first, aligned chains, no affine on outliers, bilinear. */
    public static final PixelRecipe KYS = new PixelRecipe(false, false, false, false);

    /** The canvas side of the band. */
    public static final int BAND_CANVAS = 32;

    /** Rejects a band without native-size augmentation (at 32 px the canvas is the frame). */
    public PixelRecipe {
        if (band && !nativeSize) {
            throw new KysException("pixel recipe: 'band' needs 'native' (a 32 px image has no room for a band)");
        }
    }

    /**
     * Parses {@code kys} or {@code reference}, each optionally followed by toggles such as
     * {@code +ghost} or {@code -band} ({@code native}, {@code band}, {@code ghost}, {@code nearest}).
     * Switching {@code native} off switches the band off too.
     *
     * @throws KysException naming the valid words on anything else
     */
    public static PixelRecipe parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        String base = t.split("[+-]", 2)[0];
        boolean[] on = switch (base) {
            case "reference" -> new boolean[] {true, true, true, true};
            case "kys" -> new boolean[] {false, false, false, false};
            default -> throw new KysException("unknown pixel recipe '" + text
                    + "'; use reference or kys, optionally with +/- native, band, ghost, nearest (e.g. reference-band)");
        };
        String rest = t.substring(base.length());
        while (!rest.isEmpty()) {
            boolean value = rest.charAt(0) == '+';
            int end = 1;
            while (end < rest.length() && rest.charAt(end) != '+' && rest.charAt(end) != '-') {
                end++;
            }
            String word = rest.substring(1, end);
            int slot = switch (word) {
                case "native" -> 0;
                case "band" -> 1;
                case "ghost" -> 2;
                case "nearest" -> 3;
                default -> throw new KysException("unknown pixel recipe switch '" + word + "' in '" + text
                        + "'; switches: native, band, ghost, nearest");
            };
            on[slot] = value;
            if (slot == 0 && !value) {
                on[1] = false;
            }
            rest = rest.substring(end);
        }
        return new PixelRecipe(on[0], on[1], on[2], on[3]);
    }

    /** The shortest text {@link #parse} reads back as this recipe, e.g. {@code reference-band}. */
    public String label() {
        String fromReference = "reference" + toggles(REFERENCE);
        String fromKys = "kys" + toggles(KYS);
        return fromReference.length() <= fromKys.length() ? fromReference : fromKys;
    }

    private String toggles(PixelRecipe from) {
        StringBuilder b = new StringBuilder();
        toggle(b, "native", from.nativeSize, nativeSize);
        // parse switches the band off with native, so only a band that differs from that is written
        toggle(b, "band", from.band && nativeSize, band);
        toggle(b, "ghost", from.ghost, ghost);
        toggle(b, "nearest", from.nearest, nearest);
        return b.toString();
    }

    private static void toggle(StringBuilder b, String word, boolean from, boolean to) {
        if (from != to) {
            b.append(to ? '+' : '-').append(word);
        }
    }

    /** The random affine this recipe uses on training images: the paper's ranges, its interpolation. */
    public RandomAffine affine() {
        return RandomAffine.paper(nearest);
    }

    /** The canvas of geometric AugMix operations: 32 with the band, else 0 (the image's own size). */
    public int canvas() {
        return band ? BAND_CANVAS : 0;
    }

    @Override
    public String toString() {
        return label();
    }
}
