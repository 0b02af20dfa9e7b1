package org.sepakat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the README's "Where things live" says, enforced: STYLE.md's business components with
 * boundary / control / entity, used by each other only through their boundaries and a short list
 * of published types, control below boundary, no cycles. Each rule is also run on a fixture that
 * breaks it, so a rule that silently stopped matching anything would fail here.
 */
class ArchitectureTest {

    private static final String ROOT = "org.sepakat";
    private static final String FIXTURE = "org.sepakat.architecture.fixture";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    @DisplayName("Every component is found from the packages, none is missed")
    void componentsAreDiscovered() {
        assertThat(ComponentRules.components(MAIN, ROOT))
                .containsExactlyInAnyOrder(
                        "party",
                        "supplier",
                        "servicelevel",
                        "servicedata",
                        "measurement",
                        "schedule",
                        "notification",
                        "improvement",
                        "risk",
                        "signin",
                        "shared");
    }

    @Test
    @DisplayName(
            "Components use each other only through the boundary, the shared kernel (persistence, terms) and published types")
    void componentsMeetOnlyThroughBoundaries() {
        ComponentRules.othersUseOnlyWhatIsPublished(MAIN, ROOT, PublishedTypes.ALLOWED)
                .check(MAIN);
    }

    @Test
    @DisplayName("Every published type on the list exists, so the list cannot go stale")
    void publishedTypesExist() {
        assertThat(PublishedTypes.ALLOWED.types())
                .allSatisfy(type -> assertThat(MAIN.contain(type)).as(type).isTrue());
    }

    @Test
    @DisplayName("Control and the persistence kernel never call a boundary")
    void controlStaysBelowBoundary() {
        ComponentRules.controlNeverCallsBoundary(ROOT).check(MAIN);
    }

    @Test
    @DisplayName("Entities depend on no boundary and no control of any component")
    void entitiesStandAlone() {
        ComponentRules.entitiesStandAlone(ROOT).check(MAIN);
    }

    @Test
    @DisplayName("The published agreement model depends on nothing but the JDK")
    void publishedModelStandsAlone() {
        assertThat(MAIN.containPackage(ROOT + ".shared.terms")).isTrue();
        ComponentRules.publishedModelStandsAlone(ROOT).check(MAIN);
    }

    @Test
    @DisplayName("No cycles between business components")
    void noCyclesBetweenComponents() {
        ComponentRules.noCycles(ROOT).check(MAIN);
    }

    @Test
    @DisplayName(
            "The component rule reports another component's entity and control, not its boundary or published types")
    void componentRuleCanFail() {
        JavaClasses reach = fixture("reach");
        EvaluationResult result = ComponentRules.othersUseOnlyWhatIsPublished(
                        reach, FIXTURE + ".reach", PublishedTypes.of(FIXTURE + ".reach.alpha.entity.AlphaCode"))
                .evaluate(reach);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("alpha.entity.Alpha>") || line.contains("alpha.entity.Alpha."))
                .anyMatch(line -> line.contains("alpha.control.AlphaStore"))
                .anyMatch(line -> line.contains("shared.entity.SharedSecret"))
                .noneMatch(line -> line.contains("AlphaCode")
                        || line.contains("boundary.Alphas")
                        || line.contains("shared.terms.Term"));
    }

    @Test
    @DisplayName("The layering rules report control calling a boundary and an entity calling a boundary")
    void layeringRulesCanFail() {
        JavaClasses layering = fixture("layering");

        assertThat(ComponentRules.controlNeverCallsBoundary(FIXTURE + ".layering")
                        .evaluate(layering)
                        .getFailureReport()
                        .getDetails())
                .anyMatch(line -> line.contains("GammaRules") && line.contains("Gammas"));
        assertThat(ComponentRules.entitiesStandAlone(FIXTURE + ".layering")
                        .evaluate(layering)
                        .getFailureReport()
                        .getDetails())
                .anyMatch(line -> line.contains("Gamma.") && line.contains("Gammas"));
    }

    @Test
    @DisplayName(
            "The kernel rule reports a published model type that depends on an entity, its own component's or another's")
    void kernelRuleCanFail() {
        JavaClasses kernel = fixture("kernel");

        EvaluationResult result =
                ComponentRules.publishedModelStandsAlone(FIXTURE + ".kernel").evaluate(kernel);

        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("LeakyTerm") && line.contains("zeta.entity.Zeta"))
                .anyMatch(line -> line.contains("LeakyTerm") && line.contains("shared.entity.KernelRow"))
                .noneMatch(line -> line.contains("CleanTerm"));
    }

    @Test
    @DisplayName("The cycle rule reports two components using each other")
    void cycleRuleCanFail() {
        JavaClasses cycle = fixture("cycle");

        EvaluationResult result = ComponentRules.noCycles(FIXTURE + ".cycle").evaluate(cycle);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("delta").contains("epsilon");
    }

    private static JavaClasses fixture(String name) {
        return new ClassFileImporter().importPackages(FIXTURE + "." + name);
    }
}
