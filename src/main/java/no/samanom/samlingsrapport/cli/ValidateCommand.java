package no.samanom.samlingsrapport.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import no.samanom.samlingsrapport.job.Jobs;
import no.samanom.samlingsrapport.job.RunResult;
import no.samanom.samlingsrapport.job.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;




/**
 * For coordinators: runs the run's own stages on the input in memory (scan, inspect, read and
 * validate, aggregate), so its verdict is the run's, prints every deviation, and writes nothing.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Kontrollerer inndata mot kontrakten før de leveres: skriver hvert avvik (fil, linje, kolonne, "
                + "verdi og hva som kreves) og om samlingen kan rapporteres. Skriver ingen rapporter."},
        exitCodeListHeading = "%nAvslutningsstatus:%n",
        exitCodeList = {"0:Inndata kan rapporteres (eventuelle radavvik er skrevet ut).",
                "1:Kontrollen feilet.",
                "2:En fil eller samling ville blitt avvist, eller kommandoen var feil."})
class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FIL_ELLER_MAPPE",
            description = "En arbeidsbok, én samlings mappe eller en mappe med samlinger.")
    Path input;

    @Option(names = "--templates", defaultValue = "templates", paramLabel = "MAPPE",
            description = "Maler: risikofaktorene som godtas (standard: ${DEFAULT-VALUE}).")
    Path templates;

    @Mixin
    Verbosity verbosity;

    @Override
    public Integer call() {
        Validation validation = Jobs.validation(input, templates);
        RunPrinter printer = new RunPrinter(spec.commandLine().getOut(), verbosity, RunPrinter.Mode.VALIDATE, false,
                Duration.ofDays(1), validation::deviations);
        RunResult result = validation.run(printer);
        printer.summary(result);
        return ExitCodes.of(result);
    }
}
