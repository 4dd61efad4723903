package io.kys.notebook;

import io.kys.data.OpenSetData;
import io.kys.data.PreparedData;
import io.kys.experiment.DataPreparation;
import io.kys.experiment.EvaluationSets;
import io.kys.experiment.ProtocolComparison;
import io.kys.experiment.ProtocolRun;
import io.kys.experiment.RunNames;
import io.kys.ood.detect.Detector;
import io.kys.progress.ProgressListener;
import io.kys.train.Protocol;
import io.kys.train.TrainConfig;
import io.kys.train.StepRecord;
import io.kys.train.TrainingListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The training half of a {@link ComparisonView}: which protocols, on which data, against which OOD
 * sets, and the loop that trains and evaluates them with one status line for the whole comparison.
 * Kept apart from the view so that making a view costs nothing until it is shown.
 */
final class PlannedComparison {
    private final String dataset;
    private final List<Protocol> protocols;
    private final TrainConfig base;
    private final ProtocolComparison comparison;
    private final String prefix;
    private final int trainImages;

    private PlannedComparison(String dataset, List<Protocol> protocols, TrainConfig base,
                              ProtocolComparison comparison, String prefix, int trainImages) {
        this.trainImages = trainImages;
        this.dataset = dataset;
        this.protocols = List.copyOf(protocols);
        this.base = base;
        this.comparison = comparison;
        this.prefix = prefix;
    }

    /**
     * Parses the protocol names (none means all six) and assembles the OOD sets, both capped at
     * the budget's image count, so a bad name or a missing dataset is an error here and not later.
     * Each run is evaluated with energy at its temperature ({@link #withDetectors} for others).
     */
    static PlannedComparison of(SplitView split, TrainConfig base, String... protocolNames) {
        List<Protocol> protocols = protocolNames == null || protocolNames.length == 0
                ? List.of(Protocol.values()) : Arrays.stream(protocolNames).map(Protocol::parse).toList();
        int max = Kys.budget().maxOodImages();
        PreparedData data = capped(split.prepared(), max, base.seed());
        ProtocolComparison comparison = new ProtocolComparison(data,
                EvaluationSets.withOtherDatasets(data, split.dataDir(), max, max, base.seed()), Kys.ckptDir(), "auto", 0);
        return new PlannedComparison(data.name(), protocols, base, comparison, prefix(base, data),
                data.data().trainIn().size());
    }

    /**
     * The same plan with every run evaluated by {@code detectors} (the first is the main one),
     * fitted on as many training images as {@link TrainedModel} fits them on.
     */
    PlannedComparison withDetectors(List<Detector> detectors) {
        return new PlannedComparison(dataset, protocols, base,
                comparison.withDetectors(detectors, TrainedModel.trainingImageCap()), prefix, trainImages);
    }

    /** The ID dataset's name. */
    String dataset() {
        return dataset;
    }

    /** Trains (or reuses) and evaluates each protocol in turn. */
    List<ProtocolRun> run() {
        List<ProtocolRun> runs = new ArrayList<>();
        long steps = protocols.size() * base.schedule().totalSteps(trainImages);
        LongRunWarning warning = LongRunWarning.onDisplay(steps, Kys.budget().name());
        TrainingListener timing = new TrainingListener() {
            @Override
            public void onStep(StepRecord step) {
                warning.stepDone();
            }
        };
        try (ProgressLine line = Display.progress("comparing " + protocols.size() + " protocols on " + dataset)) {
            for (int i = 0; i < protocols.size(); i++) {
                Protocol protocol = protocols.get(i);
                String head = String.format(Locale.ROOT, "%s (%d/%d)", protocol.cliName(), i + 1, protocols.size());
                TrainConfig config = base.toBuilder().protocol(protocol).build();
                ProtocolRun run = comparison.run(config, RunNames.of(prefix, protocol, config.seed()),
                        timing, statusOn(line, head));
                runs.add(run);
                line.update(String.format(Locale.ROOT, "%s done in %.0f s", head, run.seconds()));
            }
            line.update(String.format(Locale.ROOT, "%d protocols trained and evaluated in %.0f s", runs.size(),
                    runs.stream().mapToDouble(ProtocolRun::seconds).sum()));
        }
        return runs;
    }

    /** The split with its ID test images capped at {@code max} (0 keeps all); the novel ones are capped as an OOD set. */
    private static PreparedData capped(PreparedData data, int max, long seed) {
        OpenSetData d = data.data();
        OpenSetData limited = new OpenSetData(d.dataset(), d.trainIn(), d.valIn(), DataPreparation.limit(d.testIn(), max, seed),
                d.testNovel(), d.split(), d.classNames(), d.origin());
        return data.withData(limited);
    }

    /**
     * {@code nb-cmp-<fingerprint>}: the fingerprint covers the settings every protocol shares, the
     * split and the ID test set, so a comparison with other settings never reuses these runs.
     */
    private static String prefix(TrainConfig base, PreparedData data) {
        String shared = base.toBuilder().protocol(Protocol.OURS).build().describe() + "|" + data.split() + "|"
                + data.data().testIn().size();
        return "nb-cmp-" + RunNames.fingerprint(shared);
    }

    private static ProgressListener statusOn(ProgressLine line, String head) {
        return new ProgressListener() {
            private String task = "";
            private long total;

            @Override
            public void start(String task, long total) {
                this.task = task;
                this.total = total;
            }

            @Override
            public void progress(long done, String detail) {
                line.update(head + ", " + task + ": " + NotebookProgress.status(done, total, detail));
            }
        };
    }
}
