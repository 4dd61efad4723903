package io.kys.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.kys.model.ModelPreset;
import io.kys.model.Models;
import io.kys.model.WideResNet;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The path one training step takes: network features into the queues, samples back through the head. */
class LatentWithNetworkTest {
    @Test
    void featuresFromTheNetworkFeedTheQueuesAndSamplesGoThroughTheHead() throws GaussianFitException {
        try (Model model = Models.create(ModelPreset.WRN16_1, 3, Device.cpu(), 1);
             NDManager m = model.getNDManager().newSubManager()) {
            WideResNet net = Models.network(model);
            ParameterStore ps = new ParameterStore(m, false);
            FeatureQueues queues = new FeatureQueues(3, 4, net.featureDim());
            NDArray images = m.randomNormal(Models.batchShape(12));
            int[] labels = {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2};
            NDArray features = net.forward(ps, new NDList(images), false).get(1);
            queues.add(features.toFloatArray(), labels);
            assertTrue(queues.allFull());
            // Row-major layout: the queue's first class-1 vector is row 1 of the batch.
            assertArrayEquals(features.get(1).toFloatArray(), Arrays.copyOf(queues.vectors(1), net.featureDim()));

            LatentSamples samples = LowDensitySampler.sample(ClassConditionalGaussian.fit(queues), 200, 5, new Random(2));
            NDArray latent = m.create(samples.features(), new Shape(samples.count(), samples.dim()));
            NDList out = net.forward(ps, new NDList(images, latent), false);
            assertEquals(new Shape(15, 3), out.get(2).getShape());
            assertArrayEquals(net.head(ps, latent, false).toFloatArray(), out.get(2).toFloatArray(), 1e-6f);
        }
    }
}
