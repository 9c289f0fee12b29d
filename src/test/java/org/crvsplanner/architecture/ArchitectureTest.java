package org.crvsplanner.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;

/**
 * The package layout (ADR 0001 and 0005): the model is pure Java and knows nothing of the rest;
 * scenarios build on the model; export builds on both; only the command line and the window sit
 * on top, and they never use each other.
 *
 * <p>Inside the window: shared helpers in {@code ui.base} and {@code ui.i18n}, which import no
 * other part of the window; the scenario's ViewModel in {@code ui.planner}, below the features;
 * the features, which do not import each other; and the wiring in {@code ui.app} on top. Only
 * classes that stay off the scene graph use the model or the scenario files.
 */
@AnalyzeClasses(packages = "org.crvsplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String UI = "org.crvsplanner.ui";
    /** The window's features: each a View and ViewModel pair of its own. */
    private static final List<String> FEATURES =
            List.of("inputs", "chart", "plan", "workspace", "workshop", "compare", "export", "working",
                    "countrydata");

    /** Builds nodes or windows: a View, a dialog, a picture, the wiring. */
    private static final DescribedPredicate<JavaClass> USE_THE_SCENE_GRAPH = DescribedPredicate.describe(
            "use javafx.scene or javafx.stage", javaClass -> javaClass.getDirectDependenciesFromSelf().stream()
                    .map(dependency -> dependency.getTargetClass().getPackageName())
                    .anyMatch(name -> name.startsWith("javafx.scene") || name.startsWith("javafx.stage")));

    private static final DescribedPredicate<Slice> ARE_FEATURES = DescribedPredicate.describe(
            "are the features " + FEATURES, slice -> FEATURES.contains(slice.getNamePart(1)));

    @ArchTest
    static final ArchRule modelDependsOnlyOnJavaAndItself = classes()
            .that().resideInAPackage("org.crvsplanner.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.crvsplanner.model..")
            .as("the model imports nothing outside java.* and itself");

    @ArchTest
    static final ArchRule modelAndScenarioKnowNothingOfTheOuterLayers = noClasses()
            .that().resideInAnyPackage("org.crvsplanner.model..", "org.crvsplanner.scenario..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.crvsplanner.ui..", "org.crvsplanner.cli..", "org.crvsplanner.export..")
            .as("model and scenario do not depend on ui, cli or export");

    @ArchTest
    static final ArchRule scenarioDependsOnlyOnTheModelAndJackson = classes()
            .that().resideInAPackage("org.crvsplanner.scenario..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "org.crvsplanner.model..", "org.crvsplanner.text..", "org.crvsplanner.scenario..",
                    "com.fasterxml.jackson..")
            .as("scenario depends only on java.*, the model, its words and Jackson");

    @ArchTest
    static final ArchRule countryDataReadsFilesForTheModelOnly = classes()
            .that().resideInAPackage("org.crvsplanner.countrydata..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "org.crvsplanner.model..", "org.crvsplanner.text..", "org.crvsplanner.countrydata..",
                    "de.siegmar.fastcsv..")
            .as("countrydata depends only on java.*, the model, its words and FastCSV: no ui, cli, export or scenario");

    @ArchTest
    static final ArchRule theInnerLayersKnowNothingOfCountryData = noClasses()
            .that().resideInAnyPackage("org.crvsplanner.model..", "org.crvsplanner.text..",
                    "org.crvsplanner.scenario..", "org.crvsplanner.export..")
            .should().dependOnClassesThat().resideInAPackage("org.crvsplanner.countrydata..")
            .as("the model, its words, scenarios and the workbook do not read publishers' files");

    @ArchTest
    static final ArchRule exportKnowsNothingOfTheFrontEnds = noClasses()
            .that().resideInAPackage("org.crvsplanner.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.crvsplanner.ui..", "org.crvsplanner.cli..")
            .as("export does not depend on ui or cli");

    @ArchTest
    static final ArchRule noCyclesBetweenThePackages = slices()
            .matching("org.crvsplanner.(*)..")
            .should().beFreeOfCycles()
            .as("no cycles between the packages of org.crvsplanner");

    @ArchTest
    static final ArchRule commandLineAndWindowNeverUseEachOther = slices()
            .matching("org.crvsplanner.(*)..")
            .that(DescribedPredicate.describe("are cli and ui",
                    slice -> List.of("cli", "ui").contains(slice.getNamePart(1))))
            .should().notDependOnEachOther()
            .as("cli and ui never use each other");

    @ArchTest
    static final ArchRule noCyclesBetweenAnyTwoPackages = slices()
            .matching("org.crvsplanner.(**)")
            .should().beFreeOfCycles()
            .as("no cycles between any two packages, each a slice of its own");

    @ArchTest
    static final ArchRule theWindowsRootHoldsNoClass = noClasses()
            .should().resideInAPackage(UI)
            .as("every class of the window is in one of its packages, so the rules below see it");

    @ArchTest
    static final ArchRule noCyclesInTheWindow = slices()
            .matching(UI + ".(*)..")
            .should().beFreeOfCycles()
            .as("no cycles between the packages of the window");

    @ArchTest
    static final ArchRule featuresDoNotImportEachOther = slices()
            .matching(UI + ".(*)..")
            .that(ARE_FEATURES)
            .should().notDependOnEachOther()
            .as("the window's features do not import each other; the wiring in ui.app passes what they share");

    @ArchTest
    static final ArchRule sharedHelpersImportNoFeature = classes()
            .that().resideInAnyPackage(UI + ".base..", UI + ".i18n..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage(UI + "..")
                    .or(resideInAnyPackage(UI + ".base..", UI + ".i18n..")))
            .as("ui.base and ui.i18n are leaves: they import no other part of the window");

    @ArchTest
    static final ArchRule plannerSitsBelowTheFeatures = classes()
            .that().resideInAPackage(UI + ".planner..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage(UI + "..")
                    .or(resideInAnyPackage(UI + ".planner..", UI + ".base..", UI + ".i18n..")))
            .as("ui.planner, the scenario's ViewModel, uses only the shared helpers of the window");

    @ArchTest
    static final ArchRule theWiringSitsOnTop = noClasses()
            .that().resideInAPackage(UI + "..").and().resideOutsideOfPackage(UI + ".app..")
            .should().dependOnClassesThat().resideInAPackage(UI + ".app..")
            .as("nothing in the window depends on its wiring, ui.app");

    @ArchTest
    static final ArchRule viewsGoThroughViewModels = noClasses()
            .that().resideInAPackage(UI + "..").and(USE_THE_SCENE_GRAPH)
            .should().dependOnClassesThat().resideInAnyPackage("org.crvsplanner.model..", "org.crvsplanner.scenario..")
            .as("what builds nodes or windows uses neither the model nor the scenario files: ViewModels do");

    @ArchTest
    static final ArchRule onlyTheCommandLineAndTheLauncherPrint = noClasses()
            .that().resideOutsideOfPackages("org.crvsplanner.cli..", "org.crvsplanner.startup..")
            // The hidden --snapshot and the start-up probe answer scripts that read the console.
            .and().doNotHaveFullyQualifiedName(UI + ".app.WindowSnapshot")
            .and().doNotHaveFullyQualifiedName(UI + ".app.StartupProbe")
            .should(ACCESS_STANDARD_STREAMS)
            .as("only the command line, the launcher, --snapshot and the start-up probe write to System.out or System.err");
}
