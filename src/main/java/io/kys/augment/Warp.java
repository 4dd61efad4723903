package io.kys.augment;

import io.kys.data.OpenCvNatives;
import io.kys.data.UInt8Image;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Geometric warps with PIL's conventions, computed by OpenCV's {@code warpAffine} (bilinear,
 * black fill, output the size of the input). Angles and shears follow PIL: positive degrees
 * rotate counter-clockwise about the image centre, and shears are anchored at the top-left
 * corner, as {@code Image.transform(..., Image.AFFINE, ...)} does.
 *
 * <p>The border follows PIL too: an output pixel is black exactly when its source point lies
 * outside the image, and source points inside interpolate with edge pixels repeated (OpenCV's
 * replicated border, then the outside pixels cleared), rather than blending with the fill as a
 * constant border would. Away from that band, values agree with PIL's to within 2 grey levels
 * (OpenCV interpolates in 1/32-pixel fixed point).
 */
public final class Warp {
    private Warp() { }

    /** Rotates counter-clockwise by {@code degrees} about the centre, as PIL's {@code Image.rotate}. */
    public static UInt8Image rotate(UInt8Image img, double degrees) {
        return rotateTranslate(img, degrees, 0, 0);
    }

    /**
     * Rotates counter-clockwise by {@code degrees} about the centre, then moves the content by
     * {@code (dx, dy)} pixels (right and down for positive values), the order torchvision's
     * {@code RandomAffine} applies them in.
     */
    public static UInt8Image rotateTranslate(UInt8Image img, double degrees, double dx, double dy) {
        return rotateTranslate(img, degrees, dx, dy, false);
    }

    /**
     * As {@link #rotateTranslate(UInt8Image, double, double, double)}, with nearest-neighbour
     * sampling when {@code nearest} is true (torchvision's default for {@code RandomAffine}).
     */
    public static UInt8Image rotateTranslate(UInt8Image img, double degrees, double dx, double dy, boolean nearest) {
        double t = Math.toRadians(degrees);
        double cos = Math.cos(t);
        double sin = Math.sin(t);
        double cx = img.width() / 2.0;
        double cy = img.height() / 2.0;
        // Output point o samples input point ctr + R^-1 (o - shift - ctr).
        double ox = -dx - cx;
        double oy = -dy - cy;
        return pilAffine(img, img.height(), img.width(), nearest,
                cos, -sin, cos * ox - sin * oy + cx, sin, cos, sin * ox + cos * oy + cy);
    }

    /** Shears horizontally: output pixel {@code (x, y)} samples input {@code (x + s * y, y)}. */
    public static UInt8Image shearX(UInt8Image img, double s) {
        return shearX(img, s, 0);
    }

    /**
     * {@link #shearX(UInt8Image, double)} drawn onto a {@code canvas x canvas} output (0: the
     * input's own size). A canvas larger than the input leaves a black band at the right and
     * bottom, as PIL's {@code transform((32, 32), ...)} does to a 28 px image.
     */
    public static UInt8Image shearX(UInt8Image img, double s, int canvas) {
        return onCanvas(img, canvas, 1, s, 0, 0, 1, 0);
    }

    /** Shears vertically: output pixel {@code (x, y)} samples input {@code (x, y + s * x)}. */
    public static UInt8Image shearY(UInt8Image img, double s) {
        return shearY(img, s, 0);
    }

    /** {@link #shearY(UInt8Image, double)} onto a {@code canvas x canvas} output (0: the input's size). */
    public static UInt8Image shearY(UInt8Image img, double s, int canvas) {
        return onCanvas(img, canvas, 1, 0, 0, s, 1, 0);
    }

    /** Moves the content right by {@code dx} and down by {@code dy} pixels; uncovered pixels are black. */
    public static UInt8Image translate(UInt8Image img, double dx, double dy) {
        return translate(img, dx, dy, 0);
    }

    /** {@link #translate(UInt8Image, double, double)} onto a {@code canvas x canvas} output (0: the input's size). */
    public static UInt8Image translate(UInt8Image img, double dx, double dy, int canvas) {
        return onCanvas(img, canvas, 1, 0, -dx, 0, 1, -dy);
    }

    private static UInt8Image onCanvas(UInt8Image img, int canvas, double a, double b, double c,
                                       double d, double e, double f) {
        int h = canvas > 0 ? canvas : img.height();
        int w = canvas > 0 ? canvas : img.width();
        return pilAffine(img, h, w, false, a, b, c, d, e, f);
    }

    /**
     * The warp whose output point {@code (x, y)} samples the input at
     * {@code (a x + b y + c, d x + e y + f)}, in PIL's continuous coordinates (pixel {@code i}
     * spans {@code [i, i + 1)}), converted to OpenCV's pixel-centre coordinates.
     */
    static UInt8Image pilAffine(UInt8Image img, int outH, int outW, boolean nearest,
                                double a, double b, double c, double d, double e, double f) {
        OpenCvNatives.ensureLoaded();
        int h = img.height();
        int w = img.width();
        Mat src = new Mat(h, w, CvType.CV_8UC(img.channels()));
        Mat dst = new Mat();
        Mat m = new Mat(2, 3, CvType.CV_64F);
        try {
            src.put(0, 0, img.data());
            m.put(0, 0,
                    a, b, c + 0.5 * (a + b) - 0.5,
                    d, e, f + 0.5 * (d + e) - 0.5);
            Imgproc.warpAffine(src, dst, m, new Size(outW, outH),
                    (nearest ? Imgproc.INTER_NEAREST : Imgproc.INTER_LINEAR) | Imgproc.WARP_INVERSE_MAP,
                    Core.BORDER_REPLICATE);
            byte[] out = new byte[outH * outW * img.channels()];
            dst.get(0, 0, out);
            clearOutside(out, outH, outW, h, w, img.channels(), a, b, c, d, e, f);
            return new UInt8Image(outH, outW, img.channels(), out);
        } finally {
            src.release();
            dst.release();
            m.release();
        }
    }

    /** Blackens the output pixels whose source point (PIL coordinates) falls outside the image. */
    private static void clearOutside(byte[] out, int outH, int outW, int h, int w, int ch,
                                     double a, double b, double c, double d, double e, double f) {
        for (int y = 0; y < outH; y++) {
            double yc = y + 0.5;
            for (int x = 0; x < outW; x++) {
                double xc = x + 0.5;
                double xi = a * xc + b * yc + c;
                double yi = d * xc + e * yc + f;
                if (xi < 0 || xi >= w || yi < 0 || yi >= h) {
                    java.util.Arrays.fill(out, (y * outW + x) * ch, (y * outW + x + 1) * ch, (byte) 0);
                }
            }
        }
    }
}
