/**
 * Image augmentations of the calibration protocol. Pixel-space outliers: {@link
 * io.kys.augment.AugMix} over the 13 {@link io.kys.augment.AugMixOp}s at severity 11, then
 * {@link io.kys.augment.Jigsaw}, composed by {@link io.kys.augment.PixelOutliers}; RandConv
 * outliers on normalised tensors ({@link io.kys.augment.RandConv}). Pixel-space inliers of the
 * baselines: {@link io.kys.augment.PixelInliers}. Training augmentation of real inputs: {@link
 * io.kys.augment.RandomAffine}. All randomness comes from a {@link java.util.Random} passed in;
 * settings default to {@link io.kys.augment.AugmentDefaults}.
 */
package io.kys.augment;
