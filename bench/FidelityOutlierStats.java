import io.kys.augment.PixelOutliers;
import io.kys.augment.PixelRecipe;
import io.kys.augment.RandomAffine;
import io.kys.data.DatasetLoader;
import io.kys.data.ImageSet;
import io.kys.data.MedMnistDataset;
import io.kys.data.Preprocessor;
import io.kys.data.Split;
import io.kys.data.UInt8Image;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * kys's pixel outliers on an open set: the statistics that bench/fidelity-outlier-stats.py prints
 * for the reference's (docs/fidelity.md), from the first 600 in-class training images.
 *
 * <pre>java -cp "target/classes:target/lib/*" bench/FidelityOutlierStats.java OPEN_SET.npz [RECIPE]</pre>
 */
public class FidelityOutlierStats {
    public static void main(String[] args) {
        PixelRecipe recipe = PixelRecipe.parse(args.length > 1 ? args[1] : "reference");
        MedMnistDataset ds = DatasetLoader.load(args[0], Path.of("."));
        ImageSet train = ds.split(Split.TRAIN);
        List<UInt8Image> sources = new ArrayList<>();
        for (int i = 0; i < train.size() && sources.size() < 600; i++) {
            if (train.label(i) < 6) {
                sources.add(train.image(i).toRgb());
            }
        }
        PixelOutliers outliers = PixelOutliers.paper().with(recipe);
        RandomAffine affine = recipe.affine();
        double[][] out = new double[sources.size()][];
        double[][] id = new double[sources.size()][];
        for (int k = 0; k < sources.size(); k++) {
            UInt8Image s = recipe.nativeSize() ? sources.get(k) : Preprocessor.resize(sources.get(k), 32);
            out[k] = gray(outliers.apply(s, new Random(k)));
            id[k] = gray(Preprocessor.resize(affine.apply(s, new Random(1000 + k)), 32));
        }
        print(id, "kys ID (" + recipe.label() + ")");
        print(out, "kys outliers (" + recipe.label() + ")");
    }

    private static double[] gray(UInt8Image im) {
        double[] g = new double[32 * 32];
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                g[y * 32 + x] = im.get(y, x, 0) / 255.0;
            }
        }
        return g;
    }

    private static void print(double[][] images, String name) {
        double sumMean = 0;
        double sumMean2 = 0;
        double sumStd = 0;
        double black = 0;
        double band = 0;
        for (double[] g : images) {
            double m = Arrays.stream(g).average().orElse(0);
            double v = 0;
            for (int i = 0; i < g.length; i++) {
                v += (g[i] - m) * (g[i] - m);
                black += g[i] < 0.02 ? 1.0 / g.length : 0;
                band += i % 32 >= 28 ? g[i] / (32 * 4) : 0;
            }
            sumMean += m;
            sumMean2 += m * m;
            sumStd += Math.sqrt(v / g.length);
        }
        int n = images.length;
        double mean = sumMean / n;
        System.out.printf("%s: mean %.3f sd(mean) %.3f std %.3f black %.3f rightband %.3f%n", name, mean,
                Math.sqrt(sumMean2 / n - mean * mean), sumStd / n, black / n, band / n);
    }
}
