package dev.spacetime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers of ../shared/STYLE.md: data flows one way, and only the app and its painters touch JavaFX. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.spacetime");

    @Test
    void nothingButTheAppAndItsPaintersImportJavaFx() {
        // Written as "outside" so that every new package is covered without being listed.
        noClasses().that().resideOutsideOfPackages("dev.spacetime.app..", "dev.spacetime.fxpaint..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "com.sun.glass..")
                .check(CLASSES);
    }

    @Test
    void simulationsAndTheStepThroughStayBelowTheDrawing() {
        noClasses().that().resideInAnyPackage("..sim..", "..step..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.spacetime.drawing..", "dev.spacetime.export..",
                        "dev.spacetime.app..", "dev.spacetime.cli..")
                .check(CLASSES);
    }

    @Test
    void theModelStandsAlone() {
        noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.spacetime.causality..", "dev.spacetime.io..",
                        "dev.spacetime.sim..", "dev.spacetime.layout..", "dev.spacetime.drawing..",
                        "dev.spacetime.cli..", "dev.spacetime.app..", "com.fasterxml..")
                .check(CLASSES);
    }

    @Test
    void causalityIsPureFunctionsOfTheModel() {
        noClasses().that().resideInAPackage("..causality..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.spacetime.io..", "dev.spacetime.layout..",
                        "dev.spacetime.drawing..", "dev.spacetime.cli..", "dev.spacetime.app..", "com.fasterxml..")
                .check(CLASSES);
    }

    @Test
    void layoutDrawingAndExportDoNotKnowTheApp() {
        noClasses().that().resideInAnyPackage("..layout..", "..drawing..", "..export..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.spacetime.app..", "dev.spacetime.cli..",
                        "dev.spacetime.io..")
                .check(CLASSES);
    }
}
