package io.kys.ood.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** KNN's selection of the k-th smallest distance gives exactly the sorted value. */
class KnnDetectorTest {
    @Test
    void selectionEqualsSorting() {
        Random random = new Random(5);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(60);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                // Few distinct values, so ties and runs of equal values are common.
                values[i] = random.nextInt(trial % 2 == 0 ? 5 : 1000) / 7.0;
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int index = random.nextInt(n);
            assertEquals(sorted[index], KnnDetector.kthSmallest(values.clone(), index), "trial " + trial);
        }
    }

    @Test
    void samplesScoredFourAtATimeScoreAsIfAlone() {
        FitData train = Synthetic.train(80, 5, 3, 1);
        Samples samples = Synthetic.samples(train, 7, 2);
        FittedDetector knn = new KnnDetector(6).fit(train);
        double[] together = knn.score(samples);
        for (int i = 0; i < together.length; i++) {
            Samples one = new Samples(new Matrix(1, 5, samples.features().row(i)), new Matrix(1, 3, samples.logits().row(i)));
            assertEquals(together[i], knn.score(one)[0], 0.0, "sample " + i);
        }
    }
}
