package org.sepakat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** STYLE.md: business components with boundary / control / entity, no cycles, access only through boundaries. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sepakat");

    @Test
    @DisplayName("No cycles between business components")
    void noCyclesBetweenComponents() {
        slices().matching("org.sepakat.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    @DisplayName("A component's control package is used only inside that component")
    void controlIsPrivateToItsComponent() {
        for (String component : new String[] {"party", "shared", "signin"}) {
            noClasses().that().resideOutsideOfPackage("org.sepakat." + component + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.sepakat." + component + ".control..")
                    .check(CLASSES);
        }
    }

    @Test
    @DisplayName("Entities depend on no boundary and no control of any component")
    void entitiesStandAlone() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..")
                .check(CLASSES);
    }

    @Test
    @DisplayName("Only the shared kernel's entity package is used by other components' entities")
    void componentsMeetOnlyThroughBoundariesOrTheSharedKernel() {
        noClasses().that().resideInAPackage("org.sepakat.shared..")
                .should().dependOnClassesThat().resideInAPackage("org.sepakat.party..")
                .check(CLASSES);
    }
}
