package io.kys.cli;

import io.kys.experiment.BudgetStudy;
import io.kys.train.MarginMode;
import io.kys.train.Protocol;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kys study}: the protocols across training budgets and margin modes, resumable. */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = {"The budget study: datasets x protocols x seeds trained at each epoch budget and margin mode "
                + "(WRN-16-1, epochs of 10 steps of 32 ID images + 32 outliers). Budgets of one margin mode continue "
                + "each other's runs, so the whole study costs one run of the largest budget per cell.",
            "Writes study.csv, study.md (means by budget, ours paired against each protocol), curves.png and "
                + "study.html in --out; run it again after a stop to resume."})
public final class StudyCommand implements Callable<Integer> {
    @Mixin
    GridOptions grid;

    @Option(names = "--protocols", split = ",", defaultValue = "baseline,nda,vos,ours",
            description = "Protocols (default: ${DEFAULT-VALUE}).")
    List<String> protocols;

    @Option(names = "--epochs", split = ",", defaultValue = "3,10,30",
            description = "Epoch budgets, ascending (default: ${DEFAULT-VALUE}).")
    List<Integer> epochs;

    @Option(names = "--margins", split = ",", defaultValue = "fixed,adaptive",
            description = "Margin modes (default: ${DEFAULT-VALUE}).")
    List<String> margins;

    @Option(names = "--out", defaultValue = "results/study", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        BudgetStudy.Spec spec = new BudgetStudy.Spec(grid.datasetsOrDefault(),
                protocols.stream().map(Protocol::parse).toList(), grid.seeds, epochs,
                margins.stream().map(MarginMode::parse).toList(), BudgetStudy.BASE, grid.dataDir.dir(), out, grid.device);
        BudgetStudy.Result result = BudgetStudy.run(spec, grid.printer(), grid.progress());
        System.out.println();
        System.out.print(result.markdown());
        System.out.printf("%nstudy: %s (study.csv, study.md, curves.png, study.html)%n", result.folder());
        return 0;
    }
}
