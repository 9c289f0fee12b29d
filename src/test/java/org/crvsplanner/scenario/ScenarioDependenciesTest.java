package org.crvsplanner.scenario;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The scenario package uses the model and Jackson, and nothing of the command line, export or window. */
class ScenarioDependenciesTest {
    private static final JavaClasses SCENARIO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crvsplanner.scenario");

    @Test
    @DisplayName("scenario depends only on java.*, the model and Jackson")
    void dependsInwardOnly() {
        classes().that().resideInAPackage("org.crvsplanner.scenario..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "org.crvsplanner.model..", "org.crvsplanner.scenario..", "com.fasterxml.jackson..")
                .check(SCENARIO);
    }
}
