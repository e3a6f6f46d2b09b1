package no.samanom.samlingsrapport;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import no.samanom.samlingsrapport.job.GatheringOutcome;
import no.samanom.samlingsrapport.job.HistoryEntry;
import no.samanom.samlingsrapport.job.Jobs;
import no.samanom.samlingsrapport.job.JobsUnavailableException;
import no.samanom.samlingsrapport.job.NetworkOutcome;
import no.samanom.samlingsrapport.job.RunListener;
import no.samanom.samlingsrapport.job.Round;
import no.samanom.samlingsrapport.job.RunResult;
import no.samanom.samlingsrapport.job.Sharing;
import no.samanom.samlingsrapport.job.Validation;

/**
 * The rules of docs/architecture.md, checked on every build: the pipeline input → aggregation →
 * report model → writers with the jobs and the command line around it, dependencies pointing
 * one way, and every library in its one place.
 */
class ArchitectureTest {

    private static final String ROOT = "no.samanom.samlingsrapport";
    private static final Pattern GENERATED = Pattern.compile(".*/[^/]*__[^/]*\\.class");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // what Spring's AOT processor generates at package time (Xxx__BeanDefinitions) wires every layer by design
            .withImportOption(location -> !location.matches(GENERATED))
            .importPackages(ROOT);

    @Test
    void shouldHaveNoCycleBetweenPackages() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void shouldLetDependenciesPointDownThePipelineOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("support").definedBy(ROOT + ".support..")
                .layer("input").definedBy(ROOT + ".input..")
                .layer("model").definedBy(ROOT + ".report")
                .layer("aggregation").definedBy(ROOT + ".aggregation..")
                .layer("writers").definedBy(ROOT + ".report.pdf..", ROOT + ".report.excel..", ROOT + ".report.csv..")
                .layer("application").definedBy(ROOT)
                .layer("jobs").definedBy(ROOT + ".job..")
                .layer("operations").definedBy(ROOT + ".operations..")
                .layer("cli").definedBy(ROOT + ".cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("operations").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("jobs").mayOnlyBeAccessedByLayers("operations", "cli")
                .whereLayer("application").mayOnlyBeAccessedByLayers("jobs", "cli")
                .whereLayer("writers").mayNotBeAccessedByAnyLayer()
                .whereLayer("aggregation").mayOnlyBeAccessedByLayers("jobs")
                .whereLayer("model").mayOnlyBeAccessedByLayers("aggregation", "writers", "application", "jobs",
                        "operations", "cli")
                .whereLayer("input").mayOnlyBeAccessedByLayers("model", "aggregation", "writers", "application", "jobs",
                        "operations", "cli")
                .check(CLASSES);
    }

    @Test
    void shouldKeepEachLibraryInItsPlace() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".report.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "org.openpdf..", "org.jfree..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages(ROOT + ".input..", ROOT + ".report.excel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages(ROOT + ".job..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.batch..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage(ROOT + ".support..", ROOT + ".input..", ROOT + ".aggregation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(CLASSES);
    }

    @Test
    void shouldLetTheCommandLineTalkToTheJobsThroughTheirFacadeOnly() {
        classes().that().resideInAPackage(ROOT + ".cli..")
                .should().onlyDependOnClassesThat(not(resideInAPackage(ROOT + ".job..")).or(belongToAnyOf(Jobs.class,
                        Validation.class, Round.class, RunResult.class, GatheringOutcome.class, NetworkOutcome.class,
                        HistoryEntry.class, RunListener.class, Sharing.class, JobsUnavailableException.class)))
                .check(CLASSES);
    }
}
