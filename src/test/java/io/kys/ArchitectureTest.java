package io.kys;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;

/**
 * The package layering of docs/architecture.md, checked on the compiled main classes: every
 * dependency points from a package to one below it in {@link #LAYERS}, and no group of packages
 * depends on itself in a circle.
 */
@AnalyzeClasses(packages = "io.kys", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** A layer and the packages it is made of. */
    private record Layer(String name, String... packages) { }

    /** Bottom first: a layer may use the layers before it and none after it. */
    private static final List<Layer> LAYERS = List.of(
            new Layer("base", "io.kys", "io.kys.progress..", "io.kys.engine.."),
            new Layer("data", "io.kys.data.."),
            new Layer("augment", "io.kys.augment.."),
            new Layer("model", "io.kys.model.."),
            new Layer("latent", "io.kys.latent.."),
            new Layer("ood", "io.kys.ood.."),
            new Layer("train", "io.kys.train.."),
            new Layer("report", "io.kys.report.."),
            new Layer("experiment", "io.kys.experiment.."),
            new Layer("deploy", "io.kys.deploy.."),
            new Layer("notebook", "io.kys.notebook.."),
            new Layer("kernel", "io.kys.kernel.."),
            new Layer("cli", "io.kys.cli.."),
            new Layer("spark", "io.kys.spark.."));

    /** The packages that run things for a user; nothing below them may know them. */
    private static final String[] ENTRY_POINTS = {
        "io.kys.experiment..", "io.kys.deploy..", "io.kys.notebook..", "io.kys.kernel..", "io.kys.cli..", "io.kys.spark.."};

    @ArchTest
    static final ArchRule arrowsOnlyPointDown = layered();

    @ArchTest
    static final ArchRule noLowerPackageKnowsAnEntryPoint = noClasses()
            .that().resideOutsideOfPackages(ENTRY_POINTS)
            .should().dependOnClassesThat().resideInAnyPackage(ENTRY_POINTS)
            .because("the library below the entry points must work without them (docs/architecture.md)");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("io.kys.(*)..").should().beFreeOfCycles();

    private static LayeredArchitecture layered() {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (Layer layer : LAYERS) {
            // The Spark job is compiled only with -Pspark, so its layer may be empty.
            architecture = layer.name().equals("spark")
                    ? architecture.optionalLayer(layer.name()).definedBy(layer.packages())
                    : architecture.layer(layer.name()).definedBy(layer.packages());
        }
        architecture = architecture.whereLayer(LAYERS.get(0).name()).mayNotAccessAnyLayer();
        for (int i = 1; i < LAYERS.size(); i++) {
            String[] below = LAYERS.subList(0, i).stream().map(Layer::name).toArray(String[]::new);
            architecture = architecture.whereLayer(LAYERS.get(i).name()).mayOnlyAccessLayers(below);
        }
        return architecture;
    }
}
