package io.kys.augment;

import io.kys.data.UInt8Image;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Geometric warps with PIL's conventions, computed by OpenCV's {@code warpAffine} (bilinear,
 * black fill, output the size of the input). Angles and shears follow PIL: positive degrees
 * rotate counter-clockwise about the image centre, and shears are anchored at the top-left
 * corner, as {@code Image.transform(..., Image.AFFINE, ...)} does.
 *
 * <p>One difference from PIL remains at the border: PIL fills an output pixel black only when
 * its source point lies outside the image and otherwise repeats edge pixels, while OpenCV blends
 * edge pixels with the black fill within one pixel of the border. Integer translations are
 * identical in both.
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
        double t = Math.toRadians(degrees);
        double cos = Math.cos(t);
        double sin = Math.sin(t);
        double cx = img.width() / 2.0;
        double cy = img.height() / 2.0;
        // Output point o samples input point ctr + R^-1 (o - shift - ctr).
        double ox = -dx - cx;
        double oy = -dy - cy;
        return pilAffine(img, cos, -sin, cos * ox - sin * oy + cx, sin, cos, sin * ox + cos * oy + cy);
    }

    /** Shears horizontally: output pixel {@code (x, y)} samples input {@code (x + s * y, y)}. */
    public static UInt8Image shearX(UInt8Image img, double s) {
        return pilAffine(img, 1, s, 0, 0, 1, 0);
    }

    /** Shears vertically: output pixel {@code (x, y)} samples input {@code (x, y + s * x)}. */
    public static UInt8Image shearY(UInt8Image img, double s) {
        return pilAffine(img, 1, 0, 0, s, 1, 0);
    }

    /** Moves the content right by {@code dx} and down by {@code dy} pixels; uncovered pixels are black. */
    public static UInt8Image translate(UInt8Image img, double dx, double dy) {
        return pilAffine(img, 1, 0, -dx, 0, 1, -dy);
    }

    /**
     * The warp whose output point {@code (x, y)} samples the input at
     * {@code (a x + b y + c, d x + e y + f)}, in PIL's continuous coordinates (pixel {@code i}
     * spans {@code [i, i + 1)}), converted to OpenCV's pixel-centre coordinates.
     */
    static UInt8Image pilAffine(UInt8Image img, double a, double b, double c, double d, double e, double f) {
        OpenCvLoader.ensureLoaded();
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
            Imgproc.warpAffine(src, dst, m, new Size(w, h),
                    Imgproc.INTER_LINEAR | Imgproc.WARP_INVERSE_MAP, Core.BORDER_CONSTANT, Scalar.all(0));
            byte[] out = new byte[img.data().length];
            dst.get(0, 0, out);
            return new UInt8Image(h, w, img.channels(), out);
        } finally {
            src.release();
            dst.release();
            m.release();
        }
    }
}
