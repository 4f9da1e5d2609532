package dev.spacetime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rooms of the house after the restructuring (README, "Architecture"): the level-of-detail code is
 * plain Java, the painters use only JavaFX graphics (or, for the command line, only Java2D), the command
 * line never reaches into the app nor starts JavaFX, the document state knows no node, and no
 * package leans on another that leans back.
 */
class RoomsArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.spacetime");

    @Test
    void levelOfDetailIsPlainJava() {
        noClasses().that().resideInAPackage("dev.spacetime.lod..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.spacetime.app..",
                        "dev.spacetime.fxpaint..", "dev.spacetime.cli..", "dev.spacetime.io..")
                .check(CLASSES);
    }

    @Test
    void paintersUseOnlyJavaFxGraphics() {
        noClasses().that().resideInAPackage("dev.spacetime.fxpaint..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..",
                        "javafx.stage..", "dev.spacetime.app..", "dev.spacetime.cli..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void theJava2dPainterIsPlainJavaBelowTheCommandLine() {
        // awtpaint → export, lod, drawing, io: the command line's pictures, painted with no toolkit started.
        noClasses().that().resideInAPackage("dev.spacetime.awtpaint..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.spacetime.fxpaint..",
                        "dev.spacetime.app..", "dev.spacetime.cli..")
                .check(CLASSES);
    }

    @Test
    void theCommandLineNeverStartsJavaFx() {
        // Its PNGs come from awtpaint: JavaFX would cost every render more than half a second to start.
        noClasses().that().resideInAPackage("dev.spacetime.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.spacetime.fxpaint..")
                .check(CLASSES);
    }

    @Test
    void theCommandLineNeverUsesTheApp() {
        noClasses().that().resideInAPackage("dev.spacetime.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.spacetime.app..")
                .check(CLASSES);
    }

    @Test
    void theDocumentKnowsNoNodeAndNoOtherRoom() {
        noClasses().that().resideInAPackage("dev.spacetime.app.document..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "dev.spacetime.app.canvas..", "dev.spacetime.app.editing..", "dev.spacetime.app.panels..",
                        "dev.spacetime.app.files..", "dev.spacetime.app.dialogs..", "dev.spacetime.fxpaint..")
                .check(CLASSES);
    }

    @Test
    void theRoomsOfTheAppDoNotReachUpIntoTheShell() {
        noClasses().that().resideInAnyPackage("dev.spacetime.app.(*)..")
                .should().dependOnClassesThat().resideInAPackage("dev.spacetime.app")
                .check(CLASSES);
    }

    @Test
    void practiceStandsOnTheDocumentTheCanvasAndTheExercisesOnly() {
        // app.practice → app.document, app.canvas, exercise, drawing, layout, lod, causality, model.
        noClasses().that().resideInAPackage("dev.spacetime.app.practice..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.spacetime.app.editing..",
                        "dev.spacetime.app.panels..", "dev.spacetime.app.files..", "dev.spacetime.app.dialogs..",
                        "dev.spacetime.io..", "dev.spacetime.cli..", "dev.spacetime.fxpaint..", "dev.spacetime.export..")
                .check(CLASSES);
        // Only the shell opens an exercise: the other rooms know nothing of practice.
        noClasses().that().resideInAnyPackage("dev.spacetime.app.document..", "dev.spacetime.app.canvas..",
                        "dev.spacetime.app.editing..", "dev.spacetime.app.panels..", "dev.spacetime.app.files..",
                        "dev.spacetime.app.dialogs..")
                .should().dependOnClassesThat().resideInAPackage("dev.spacetime.app.practice..")
                .check(CLASSES);
    }

    @Test
    void exercisesArePlainJavaOverTheModelCausalityStepAndSimulations() {
        // exercise → model, causality, step, sim; the file format lives in io.exercise, the pictures in cli.
        noClasses().that().resideInAPackage("dev.spacetime.exercise..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml..", "dev.spacetime.io..",
                        "dev.spacetime.layout..", "dev.spacetime.drawing..", "dev.spacetime.lod..",
                        "dev.spacetime.export..", "dev.spacetime.fxpaint..", "dev.spacetime.cli..", "dev.spacetime.app..")
                .check(CLASSES);
    }

    @Test
    void theExerciseFileFormatKnowsNeitherTheCommandLineNorTheApp() {
        noClasses().that().resideInAPackage("dev.spacetime.io.exercise..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.spacetime.cli..", "dev.spacetime.app..",
                        "dev.spacetime.drawing..", "dev.spacetime.export..", "dev.spacetime.fxpaint..")
                .check(CLASSES);
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.spacetime.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
