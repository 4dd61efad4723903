package io.kys.engine;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Autograd recording per thread. PyTorch records operations by default in every new thread, and
 * DJL's gradient collector restores, when it closes, whatever mode the thread had before; so in
 * a thread that never turned recording off, an optimizer's in-place update of a parameter after
 * the collector closed fails ("a leaf Variable that requires grad is being used in an in-place
 * operation"). Trainers call {@link #offForThisThread()} before their first step.
 */
public final class GradMode {
    private GradMode() { }

    /** Stops recording operations for autograd in the calling thread (outside gradient collectors). */
    public static void offForThisThread() {
        if ("PyTorch".equals(Engine.getInstance().getEngineName())) {
            JniUtils.setGradMode(false);
        }
    }
}
