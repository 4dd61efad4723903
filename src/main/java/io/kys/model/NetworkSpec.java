package io.kys.model;

/**
 * Everything needed to rebuild a WideResNet with the same parameter layout; stored beside every
 * checkpoint so a checkpoint can be opened without knowing how it was trained.
 *
 * @param depth total depth (6n + 4)
 * @param widen widen factor k
 * @param dropout dropout probability inside each basic block
 * @param numClasses number of logits
 */
public record NetworkSpec(int depth, int widen, double dropout, int numClasses) {

    /** The spec of a preset with {@code numClasses} logits. */
    public static NetworkSpec of(ModelPreset preset, int numClasses) {
        return new NetworkSpec(preset.depth, preset.widen, preset.dropout, numClasses);
    }

    /** Builds an uninitialized network of this spec. */
    public WideResNet newBlock() {
        return new WideResNet(depth, widen, dropout, numClasses);
    }

    /** The same layout and dropout, e.g. {@code WideResNet-40-2, 6 classes}. */
    public String describe() {
        return "WideResNet-" + depth + "-" + widen + " with " + numClasses + " classes";
    }
}
