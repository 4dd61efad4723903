package io.kys.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.experiment.Budget;
import io.kys.train.MarginMode;
import io.kys.train.TrainConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The training defaults live in TrainConfig.paper(): the command line, its help and the facade read them. */
class PaperDefaultsTest {
    private static TrainCommand parse(String... args) {
        TrainCommand cmd = new TrainCommand();
        new CommandLine(cmd).parseArgs(args);
        return cmd;
    }

    @Test
    void aTrainCommandWithoutOptionsIsExactlyThePapersConfiguration() {
        assertEquals(TrainConfig.paper(), parse("--in-dataset", "bloodmnist").config());
        assertEquals(TrainConfig.paper(), Budget.PAPER.base(), "the facade's paper budget");
    }

    @Test
    void theDefaultsAreDerivedFromTheConfigurationNotWrittenBesideTheOptions() {
        TrainConfig changed = TrainConfig.paper().toBuilder().epochs(7).batchSize(64).margins(-11, -3)
                .marginMode(MarginMode.ADAPTIVE).build();
        var values = PaperDefaults.values(changed);
        assertEquals("7", values.get("--epochs"));
        assertEquals("64", values.get("--batch-size"));
        assertEquals("-11", values.get("--m-in"));
        assertEquals("-3", values.get("--m-out"));
        assertEquals("adaptive", values.get("--margins"));
        // and every option value parses back into the same configuration
        TrainConfig paper = TrainConfig.paper();
        var p = PaperDefaults.values(paper);
        TrainCommand explicit = parse("--in-dataset", "x", "--model-type", p.get("--model-type"), "--protocol",
                p.get("--protocol"), "--epochs", p.get("--epochs"), "--batch-size", p.get("--batch-size"),
                "--lr", p.get("--lr"), "--m-in", p.get("--m-in"), "--m-out", p.get("--m-out"), "--T", p.get("--T"),
                "--beta", p.get("--beta"), "--margins", p.get("--margins"), "--pixel-recipe", p.get("--pixel-recipe"));
        assertEquals(paper, explicit.config());
    }

    @Test
    void fullBatchesByDefaultAndThePartialLastBatchOnRequest() {
        assertTrue(!parse("--in-dataset", "x").config().schedule().partialLastBatch());
        assertTrue(parse("--in-dataset", "x", "--partial-last-batch").config().schedule().partialLastBatch());
    }

    @Test
    void helpShowsThePapersValues() {
        StringWriter text = new StringWriter();
        new CommandLine(new TrainCommand()).usage(new PrintWriter(text));
        TrainConfig paper = TrainConfig.paper();
        assertTrue(text.toString().contains("Epochs (default: " + paper.schedule().epochs() + ")"), text.toString());
        assertTrue(text.toString().contains("(default: " + paper.model() + ")"), text.toString());
        assertTrue(text.toString().contains("margin (default: -20)"), text.toString());
    }

    @Test
    void configJsonHoldsEveryValueOfTheConfigurationIncludingTheRidge() {
        var described = TrainConfig.paper().describe();
        assertEquals("0.001", described.get("latent.ridge"));
        assertEquals("2", described.get("latent.startEpoch"));
        assertEquals("fixed", described.get("margins.mode"));
        assertEquals("reference", described.get("outliers.recipe"));
        assertEquals("100", described.get("schedule.epochs"));
    }
}
