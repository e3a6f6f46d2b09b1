package no.samanom.samlingsrapport.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import no.samanom.samlingsrapport.Templates;
import no.samanom.samlingsrapport.input.InputTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the blank input files coordinators fill in. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = {"Skriver tomme innsamlingsfiler til malmappen: innsamling.xlsx (med nedtrekkslister og "
                + "kontroll av terningkast og risikovurderinger) og en CSV med overskrifter per slag.",
                "Risikofaktorene hentes fra risikofaktorer.txt i malmappen."},
        exitCodeListHeading = "%nAvslutningsstatus:%n",
        exitCodeList = {"0:Filene er skrevet.", "1:Filene kunne ikke skrives (se meldingen).",
                "2:Kommandoen var feil."})
class TemplatesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--templates", defaultValue = "templates", paramLabel = "MAPPE",
            description = "Malmappen (standard: ${DEFAULT-VALUE}).")
    private Path templates;

    @Override
    public Integer call() throws Exception {
        var files = new InputTemplates(new Templates(templates).riskFactors()).write(templates);
        for (Path file : files) {
            spec.commandLine().getOut().println("Skrev " + file);
        }
        return ExitCodes.OK;
    }
}
