package io.kys.augment;

import io.kys.KysException;
import io.kys.data.UInt8Image;
import java.util.Random;

/**
 * Cuts the image into {@code grid x grid} equal patches and puts them back in a random order that
 * is never the original one (an identity draw is redrawn), which destroys the global layout while
 * keeping local texture: an outlier that still looks like the training data up close.
 *
 * <p>Patches are {@code floor(height / grid)} by {@code floor(width / grid)} pixels. When a side is
 * not divisible by {@code grid}, the leftover rows at the bottom and columns at the right are not
 * part of any patch and stay where they are (32 px with grid 4 leaves none).
 *
 * @param grid patches per side, at least 2
 */
public record Jigsaw(int grid) implements ImageTransform {

    /** Validates the grid. */
    public Jigsaw {
        if (grid < 2) {
            throw new KysException("jigsaw grid must be at least 2 (a 1x1 grid has no other order), got " + grid);
        }
    }

    /** The paper's 4x4 jigsaw. */
    public static Jigsaw paper() {
        return new Jigsaw(AugmentDefaults.JIGSAW_GRID);
    }

    /**
     * {@inheritDoc}
     *
     * @throws KysException if the image is smaller than one pixel per patch
     */
    @Override
    public UInt8Image apply(UInt8Image img, Random rnd) {
        int ph = img.height() / grid;
        int pw = img.width() / grid;
        if (ph == 0 || pw == 0) {
            throw new KysException("jigsaw grid " + grid + " is larger than the image (" + img.height() + "x"
                    + img.width() + "); use a grid of at most " + Math.min(img.height(), img.width()));
        }
        int[] perm = nonIdentityPermutation(grid * grid, rnd);
        int ch = img.channels();
        int rowBytes = img.width() * ch;
        int patchRowBytes = pw * ch;
        byte[] in = img.data();
        byte[] out = in.clone();
        for (int target = 0; target < perm.length; target++) {
            int source = perm[target];
            int ty = (target / grid) * ph;
            int tx = (target % grid) * pw;
            int sy = (source / grid) * ph;
            int sx = (source % grid) * pw;
            for (int r = 0; r < ph; r++) {
                System.arraycopy(in, (sy + r) * rowBytes + sx * ch, out, (ty + r) * rowBytes + tx * ch, patchRowBytes);
            }
        }
        return new UInt8Image(img.height(), img.width(), ch, out);
    }

    /** A uniform permutation of {@code 0..n-1} conditioned on not being the identity. */
    static int[] nonIdentityPermutation(int n, Random rnd) {
        int[] p = new int[n];
        do {
            for (int i = 0; i < n; i++) {
                p[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = p[i];
                p[i] = p[j];
                p[j] = t;
            }
        } while (isIdentity(p));
        return p;
    }

    private static boolean isIdentity(int[] p) {
        for (int i = 0; i < p.length; i++) {
            if (p[i] != i) {
                return false;
            }
        }
        return true;
    }
}
