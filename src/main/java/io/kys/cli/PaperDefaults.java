package io.kys.cli;

import io.kys.train.TrainConfig;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults of the training options, read from {@link TrainConfig#paper()} rather than written
 * as strings beside each option: change a paper value in its record and the option's default,
 * its help text ({@code ${DEFAULT-VALUE}}) and {@code config.json} follow.
 */
public final class PaperDefaults implements IDefaultValueProvider {
    private static final Map<String, String> VALUES = values(TrainConfig.paper());

    /** Option name (its longest spelling) to the default as text. */
    static Map<String, String> values(TrainConfig c) {
        return Map.ofEntries(
                Map.entry("--model-type", c.model()),
                Map.entry("--protocol", c.protocol().cliName()),
                Map.entry("--epochs", Integer.toString(c.schedule().epochs())),
                Map.entry("--steps-per-epoch", Integer.toString(c.schedule().stepsPerEpoch())),
                Map.entry("--train-limit", Integer.toString(c.schedule().trainLimit())),
                Map.entry("--batch-size", Integer.toString(c.schedule().batchSize())),
                Map.entry("--lr", number(c.optimizer().learningRate())),
                Map.entry("--m-in", number(c.margins().mIn())),
                Map.entry("--m-out", number(c.margins().mOut())),
                Map.entry("--T", number(c.margins().temperature())),
                Map.entry("--beta", number(c.margins().beta())),
                Map.entry("--margins", c.margins().mode().cliName()),
                Map.entry("--pixel-recipe", c.outliers().recipe().label()),
                Map.entry("--seed", Long.toString(c.seed())));
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (argSpec instanceof OptionSpec option) {
            for (String name : option.names()) {
                String v = VALUES.get(name);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }
}
