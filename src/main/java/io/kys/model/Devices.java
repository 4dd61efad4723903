package io.kys.model;

import ai.djl.Device;
import ai.djl.engine.Engine;
import io.kys.KysException;
import java.util.Locale;

/** Turns the user's device choice into a DJL {@link Device}. */
public final class Devices {
    private Devices() { }

    /**
     * Resolves {@code auto} (the first GPU when the engine sees one, else the CPU), {@code cpu},
     * {@code gpu} (the first GPU) or {@code gpuN} (GPU number N).
     *
     * @throws KysException for an unknown name or a GPU the engine does not see
     */
    public static Device resolve(String choice) {
        String name = choice == null ? "auto" : choice.trim().toLowerCase(Locale.ROOT);
        int gpus = Engine.getInstance().getGpuCount();
        if (name.equals("auto")) {
            return gpus > 0 ? Device.gpu() : Device.cpu();
        }
        if (name.equals("cpu")) {
            return Device.cpu();
        }
        if (name.startsWith("gpu")) {
            String suffix = name.substring(3);
            int index;
            try {
                index = suffix.isEmpty() ? 0 : Integer.parseInt(suffix);
            } catch (NumberFormatException e) {
                throw new KysException("unknown device '" + choice + "'; choose auto, cpu, gpu or gpuN");
            }
            if (index >= gpus) {
                throw new KysException("device '" + choice + "' asked for GPU " + index + " but the engine sees "
                        + gpus + " GPU(s); use --device cpu, or build with the gpu profile on a CUDA machine");
            }
            return Device.gpu(index);
        }
        throw new KysException("unknown device '" + choice + "'; choose auto, cpu, gpu or gpuN");
    }
}
