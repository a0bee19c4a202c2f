package io.praxis.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * Keeps the module boundaries of DESIGN.md true: {@code app → scoring → content}, never
 * back; {@code content} and {@code scoring} free of Spring, Vaadin and JPA; no cycles between
 * feature packages; views never reach a repository.
 */
class ArchitectureTest {

    private static JavaClasses praxis;

    @BeforeAll
    static void importClasses() {
        praxis = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.praxis");
    }

    @Test
    void contentDependsOnNeitherScoringNorApp() {
        noClasses().that().resideInAPackage("io.praxis.content..")
                .should().dependOnClassesThat().resideInAnyPackage("io.praxis.scoring..", "io.praxis.app..")
                .check(praxis);
    }

    @Test
    void scoringDoesNotDependOnApp() {
        noClasses().that().resideInAPackage("io.praxis.scoring..")
                .should().dependOnClassesThat().resideInAPackage("io.praxis.app..")
                .check(praxis);
    }

    @Test
    void librariesStayFreeOfSpringVaadinAndJpa() {
        noClasses().that().resideInAnyPackage("io.praxis.content..", "io.praxis.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.vaadin..", "jakarta.persistence..", "jakarta.servlet..")
                .check(praxis);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("io.praxis.(*).(*)..").should().beFreeOfCycles().check(praxis);
    }

    @Test
    void viewsNeverUseRepositories() {
        noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(praxis);
    }

    /** The libraries must actually be on the class path, or the rules above check nothing. */
    @Test
    void librariesAreImported() {
        org.assertj.core.api.Assertions.assertThat(praxis.containPackage("io.praxis.content")
                || praxis.stream().anyMatch(c -> c.getPackageName().startsWith("io.praxis.content"))).isTrue();
    }
}
