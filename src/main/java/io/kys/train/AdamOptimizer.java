package io.kys.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam with L2 weight decay added to the gradient (PyTorch's {@code torch.optim.Adam} update).
 * Ours rather than DJL's because a resumed run must continue with the same moment estimates, and
 * DJL's optimizer does not expose its state for saving.
 */
public final class AdamOptimizer implements AutoCloseable {
    private static final float EPS = 1e-8f;

    private final List<Pair<String, Parameter>> parameters;
    private final double beta1;
    private final double beta2;
    private final double weightDecay;
    private final NDManager manager;
    private final Map<String, NDArray> firstMoment = new HashMap<>();
    private final Map<String, NDArray> secondMoment = new HashMap<>();
    private long steps;

    /**
     * @param parameters the trainable parameters (those not requiring gradients are skipped)
     * @param beta1 first-moment decay
     * @param beta2 second-moment decay
     * @param weightDecay L2 coefficient
     * @param manager owner of the moment arrays, closed with this optimizer
     */
    public AdamOptimizer(Iterable<Pair<String, Parameter>> parameters, double beta1, double beta2,
                         double weightDecay, NDManager manager) {
        this.parameters = new ArrayList<>();
        for (Pair<String, Parameter> p : parameters) {
            if (p.getValue().requiresGradient()) {
                this.parameters.add(p);
            }
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.weightDecay = weightDecay;
        this.manager = manager;
    }

    /** Number of updates done so far. */
    public long steps() {
        return steps;
    }

    /** Applies one update with learning rate {@code lr} and clears the gradients. */
    public void step(double lr) {
        steps++;
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float bc2Sqrt = (float) Math.sqrt(1 - Math.pow(beta2, steps));
        float stepSize = (float) (lr / (1 - Math.pow(beta1, steps)));
        try (NDScope scope = new NDScope()) {
            for (Pair<String, Parameter> p : parameters) {
                NDArray weight = p.getValue().getArray();
                NDArray gradHandle = weight.getGradient();
                NDArray grad = weightDecay > 0 ? gradHandle.add(weight.mul((float) weightDecay)) : gradHandle;
                NDArray m = moment(firstMoment, p.getKey(), weight);
                NDArray v = moment(secondMoment, p.getKey(), weight);
                m.muli(b1).addi(grad.mul(1 - b1));
                v.muli(b2).addi(grad.square().muli(1 - b2));
                NDArray denom = v.sqrt().divi(bc2Sqrt).addi(EPS);
                weight.subi(m.div(denom).muli(stepSize));
                gradHandle.subi(gradHandle);
            }
        }
    }

    private NDArray moment(Map<String, NDArray> store, String name, NDArray like) {
        NDArray existing = store.get(name);
        if (existing != null) {
            return existing;
        }
        NDArray zeros = manager.zeros(like.getShape(), like.getDataType(), like.getDevice());
        NDScope.unregister(zeros);
        store.put(name, zeros);
        return zeros;
    }

    /** Writes the step count and both moments. */
    public void save(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeLong(steps);
        NDList list = new NDList();
        for (Pair<String, Parameter> p : parameters) {
            NDArray m = firstMoment.get(p.getKey());
            NDArray v = secondMoment.get(p.getKey());
            if (m != null) {
                m.setName("m:" + p.getKey());
                v.setName("v:" + p.getKey());
                list.add(m);
                list.add(v);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        list.encode(bytes);
        data.writeInt(bytes.size());
        data.write(bytes.toByteArray());
        data.flush();
    }

    /** Restores what {@link #save} wrote. */
    public void load(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        steps = data.readLong();
        byte[] encoded = new byte[data.readInt()];
        data.readFully(encoded);
        NDList list = NDList.decode(manager, encoded);
        for (NDArray a : list) {
            String name = a.getName();
            NDScope.unregister(a);
            if (name.startsWith("m:")) {
                replace(firstMoment, name.substring(2), a);
            } else if (name.startsWith("v:")) {
                replace(secondMoment, name.substring(2), a);
            }
        }
    }

    private static void replace(Map<String, NDArray> store, String name, NDArray value) {
        NDArray old = store.put(name, value);
        if (old != null) {
            old.close();
        }
    }

    @Override
    public void close() {
        firstMoment.values().forEach(NDArray::close);
        secondMoment.values().forEach(NDArray::close);
        firstMoment.clear();
        secondMoment.clear();
    }
}
