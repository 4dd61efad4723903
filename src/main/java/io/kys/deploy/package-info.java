/**
 * Shipping a calibrated detector: a trained run exported as one self-contained bundle (network
 * weights, preprocessing, detector with its fit data, the decision threshold chosen on the ID
 * validation split, and a manifest of where it came from and how it did on the test split), and
 * the code an application embeds to score images with it.
 *
 * <p>{@link io.kys.deploy.BundleExporter} writes a bundle from a run folder of {@code kys train};
 * {@link io.kys.deploy.KysDetector} loads one and scores {@link java.awt.image.BufferedImage}s
 * into {@link io.kys.deploy.Verdict}s from any number of threads; {@link
 * io.kys.deploy.StreamingScorer} scores files, folders and {@code .npz} archives in fixed-size
 * batches, turning every unreadable input into a row with its reason. {@link
 * io.kys.deploy.ImageDecoder} reads image files with a check of the declared size before any
 * pixel is decoded, and {@link io.kys.deploy.SourceGeometry} converts any image to the geometry
 * the training images had. The layout of a bundle is documented in {@link io.kys.deploy.BundleLayout}.
 */
package io.kys.deploy;
