package org.sepakat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The web module's layers: the REST API ({@code api}) and the Faces pages ({@code web}) stand side
 * by side and share only the neutral {@code export} (PDF, CSV, XLSX documents and downloads) and
 * {@code common} (bundle texts, staff sync) packages; none of them reaches below a component's
 * boundary. Each rule is also run on a fixture that breaks it.
 */
class ArchitectureTest {

    private static final String ROOT = "org.sepakat";
    private static final String FIXTURE = "org.sepakat.architecture.fixture";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT + ".api", ROOT + ".web", ROOT + ".export", ROOT + ".common");

    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    @DisplayName("The REST API never depends on the Faces pages")
    void apiNeverUsesWeb() {
        assertThat(MAIN.containPackage(ROOT + ".api")).isTrue();
        apiNeverUsesWeb(ROOT).check(MAIN);
    }

    @Test
    @DisplayName("What api and web share depends on neither of them")
    void sharedPackagesStayNeutral() {
        neutralPackagesStayNeutral(ROOT).check(MAIN);
    }

    @Test
    @DisplayName("Pages and resources use components only through their boundaries (and the entities they hand out)")
    void noControlFromTheWebModule() {
        noControlOrPersistence(ROOT).check(MAIN);
    }

    @Test
    @DisplayName("Each rule reports the fixture that breaks it")
    void rulesCanFail() {
        assertThat(details(apiNeverUsesWeb(FIXTURE)))
                .anyMatch(line -> line.contains("LeakyResource") && line.contains("fixture.web.SomeView"));
        assertThat(details(neutralPackagesStayNeutral(FIXTURE)))
                .anyMatch(line -> line.contains("LeakyDocument") && line.contains("fixture.web.SomeView"));
        assertThat(details(noControlOrPersistence(FIXTURE)))
                .anyMatch(line -> line.contains("LeakyResource") && line.contains("party.control.Secret"));
    }

    private static List<String> details(ArchRule rule) {
        return rule.evaluate(BROKEN).getFailureReport().getDetails();
    }

    private static ArchRule apiNeverUsesWeb(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".web..");
    }

    private static ArchRule neutralPackagesStayNeutral(String root) {
        return noClasses()
                .that()
                .resideInAnyPackage(root + ".export..", root + ".common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root + ".web..", root + ".api..");
    }

    private static ArchRule noControlOrPersistence(String root) {
        return noClasses()
                .that()
                .resideInAnyPackage(root + ".api..", root + ".web..", root + ".export..", root + ".common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root + "..control..", root + ".shared.persistence..");
    }
}
