package no.samanom.samlingsrapport.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import no.samanom.samlingsrapport.job.GatheringRunner;
import no.samanom.samlingsrapport.job.RunResult;
import no.samanom.samlingsrapport.job.Staging;
import no.samanom.samlingsrapport.report.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * For coordinators: runs the very job a real run would, against a throw-away state and
 * output, so its verdict cannot differ from the real one, and prints every deviation.
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
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path scratch = Files.createTempDirectory("samlingsrapport-kontroll-");
        try (ConfigurableApplicationContext context = Engine.start(input, scratch.resolve("output"),
                scratch.resolve("state"), templates, Language.NB)) {
            Staging staging = context.getBean(Staging.class);
            RunPrinter printer = new RunPrinter(out, verbosity, RunPrinter.Mode.VALIDATE, false,
                    Duration.ofDays(1), outcome -> Session.deviations(staging, outcome));
            RunResult result = context.getBean(GatheringRunner.class).run(List.of(input), false, printer);
            printer.summary(result);
            return result.exitCode();
        } finally {
            FileSystemUtils.deleteRecursively(scratch);
        }
    }
}
