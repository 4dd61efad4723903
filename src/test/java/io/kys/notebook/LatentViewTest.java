package io.kys.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import io.kys.latent.LatentSettings;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatentViewTest {
    /** Three well separated classes in 8 dimensions, 60 vectors each. */
    private static float[] features(int[] labels, Random random) {
        float[] f = new float[labels.length * 8];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 3;
            for (int j = 0; j < 8; j++) {
                f[i * 8 + j] = (float) ((j == labels[i] ? 10 : 0) + random.nextGaussian());
            }
        }
        return f;
    }

    @Test
    void samplesAreLessLikelyThanTheFeaturesAndThePlotShowsBoth() {
        int[] labels = new int[180];
        float[] f = features(labels, new Random(1));
        LatentView view = LatentView.of("latent", f, labels, 8, List.of("a", "b", "c"),
                new LatentSettings(40, 500, 10, 1e-3), 2);
        assertEquals(30, view.samples().count());
        String text = view.describe();
        for (String line : text.lines().skip(1).toList()) {
            String[] numbers = line.replaceAll(".*features\\s+(\\S+), samples\\s+(\\S+)", "$1 $2").split(" ");
            assertTrue(Double.parseDouble(numbers[1]) < Double.parseDouble(numbers[0]), line);
        }
        String js = view.figure().asJavascript("kys_fig_l");
        assertTrue(js.contains("a (features)") && js.contains("c (low-density samples)"), js);
        assertEquals(view.samples().features().length,
                LatentView.of("latent", f, labels, 8, List.of("a", "b", "c"), new LatentSettings(40, 500, 10, 1e-3), 2)
                        .samples().features().length);
    }

    @Test
    void nothingIsFittedUntilTheViewIsShownAndAClassWithoutFeaturesIsThenAnActionableError() {
        int[] labels = new int[30];
        float[] f = features(labels, new Random(2));
        LatentView view = LatentView.of("latent", f, labels, 8, List.of("a", "b", "c", "d"),
                new LatentSettings(40, 500, 10, 1e-3), 2);
        KysException e = assertThrows(KysException.class, view::toDisplay);
        assertTrue(e.getMessage().contains("class d has no feature vector"), e.getMessage());
    }

    @Test
    void theFitIsMadeOnceAndSharedByEveryPart() {
        int[] labels = new int[90];
        float[] f = features(labels, new Random(3));
        LatentView view = LatentView.of("latent", f, labels, 8, List.of("a", "b", "c"),
                new LatentSettings(40, 500, 10, 1e-3), 2);
        assertSame(view.samples(), view.samples());
        assertSame(view.gaussian(), view.gaussian());
        assertTrue(view.toDisplay().plainText().orElseThrow().startsWith("3 classes, 8-d features"));
    }
}
