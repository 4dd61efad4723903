/**
 * Post-hoc OOD detectors behind one fit/score API. A {@link io.kys.ood.detect.Detector} is
 * fitted once on a {@link io.kys.ood.detect.FitData} (training features, labels, logits and the
 * head's weight and bias) and the resulting {@link io.kys.ood.detect.FittedDetector} scores
 * {@link io.kys.ood.detect.Samples}, higher meaning more in-distribution. Matrices are plain
 * row-major doubles ({@link io.kys.ood.detect.Matrix}). {@link io.kys.ood.detect.Detectors} maps
 * the names used everywhere (energy, msp, maxlogit, entropy, gen, odin, mahalanobis, knn, vim,
 * react, dice) to factories with their parameter keys and the papers' defaults, and offers typed
 * factories for code ({@code Detectors.knn(50)}); {@link io.kys.ood.detect.DetectorSpec} is a
 * detector as the command line names it ({@code knn} with {@code --param knn.k=10}). Detectors that
 * learn nothing from the training split are {@link io.kys.ood.detect.TrainingFreeDetector}s, so an
 * evaluation of only those never runs the network over the training images.
 *
 * <p>ODIN perturbs inputs and so needs the network: it scores samples that carry inputs and an
 * {@link io.kys.ood.detect.InputGradientModel}, which {@link io.kys.ood.detect.ClassifierGradients}
 * provides for kys's WideResNets through DJL's autograd.
 */
package io.kys.ood.detect;
