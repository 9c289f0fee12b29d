package org.crvsplanner.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package layout: the model is pure Java and knows nothing of the rest; scenarios build on
 * the model; export builds on both; only the command line and the window sit on top.
 *
 * <p>Rules whose subject package may still be empty allow an empty subject, so that they start
 * to bite as soon as the package gets its first class instead of failing before then. The model
 * rule does not: the model exists, and an empty import would mean the test checks nothing.
 */
@AnalyzeClasses(packages = "org.crvsplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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
    static final ArchRule onlyViewModelsTalkToTheModel = noClasses()
            .that().resideInAPackage("org.crvsplanner.ui..").and().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().resideInAPackage("org.crvsplanner.model..")
            .as("views render ViewModels and never use the model themselves");

    @ArchTest
    static final ArchRule exportKnowsNothingOfTheFrontEnds = noClasses()
            .that().resideInAPackage("org.crvsplanner.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.crvsplanner.ui..", "org.crvsplanner.cli..")
            .allowEmptyShould(true)
            .as("export does not depend on ui or cli");
}
