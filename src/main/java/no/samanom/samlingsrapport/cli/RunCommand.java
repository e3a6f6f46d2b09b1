package no.samanom.samlingsrapport.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import no.samanom.samlingsrapport.input.InputFileException;
import no.samanom.samlingsrapport.job.GatheringRunner;
import no.samanom.samlingsrapport.job.RunResult;
import no.samanom.samlingsrapport.report.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The default command: report every gathering in the input, then exit. */
@Command(name = "samlingsrapport", mixinStandardHelpOptions = true, version = "samlingsrapport 0.1",
        sortOptions = false, subcommands = TemplatesCommand.class,
        description = "Lager en PDF og en arbeidsbok for hver samling i inndatamappen.",
        exitCodeListHeading = "%nAvslutningsstatus:%n", exitCodeList = {
                "0:Alle samlinger er rapportert eller uendret (radavvik står i rapportene).",
                "1:Jobben feilet for minst én samling.",
                "2:En fil eller samling ble avvist (de andre er rapportert), eller kommandoen var feil.",
                "3:En annen kjøring bruker tilstandsmappen."})
class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", defaultValue = "input", paramLabel = "MAPPE",
            description = "En mappe med samlinger, én samlings mappe eller én arbeidsbok (standard: ${DEFAULT-VALUE}).")
    private Path input;

    @Option(names = "--output", defaultValue = "output", paramLabel = "MAPPE",
            description = "Hvor rapportene skrives, én mappe per samling (standard: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(names = "--state", defaultValue = ".state", paramLabel = "MAPPE",
            description = "Jobbregisteret, mellomlagrede data og loggen (standard: ${DEFAULT-VALUE}).")
    private Path state;

    @Option(names = "--templates", defaultValue = "templates", paramLabel = "MAPPE",
            description = "Maler: risikofaktorer m.m. (standard: ${DEFAULT-VALUE}).")
    private Path templates;

    @Option(names = "--language", defaultValue = "nb", paramLabel = "SPRÅK",
            description = "Rapportspråk når samlingen ikke sier noe: nb (bokmål), nn (nynorsk) eller en (standard: ${DEFAULT-VALUE}).")
    private Language language;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Logging.toStateFolder(state);
        Optional<StateLock> lock = StateLock.tryAcquire(state);
        if (lock.isEmpty()) {
            err.println("En annen kjøring bruker tilstandsmappen " + state.toAbsolutePath()
                    + ". Vent til den er ferdig, eller bruk en annen --state.");
            return ExitCodes.BUSY;
        }
        try (StateLock held = lock.get();
             ConfigurableApplicationContext context = Engine.start(input, output, state, templates, language)) {
            RunResult result = context.getBean(GatheringRunner.class).run(input);
            new RunPrinter(out).print(result);
            return result.exitCode();
        } catch (InputFileException e) {
            err.println(e.getMessage());
            return ExitCodes.REJECTED;
        }
    }
}
