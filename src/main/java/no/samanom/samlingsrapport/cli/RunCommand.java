package no.samanom.samlingsrapport.cli;

import picocli.CommandLine.Command;

/** {@code run}: report what is in the input and exit (the default when no subcommand is given). */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lager en PDF og en arbeidsbok for hver samling i inndatamappen, og avslutter.",
                "Det som allerede er rapportert med samme innhold, gjøres ikke på nytt."},
        exitCodeListHeading = "%nAvslutningsstatus:%n",
        exitCodeList = {ExitCodes.OK_TEXT, ExitCodes.FAILED_TEXT, ExitCodes.REJECTED_TEXT, ExitCodes.BUSY_TEXT})
class RunCommand extends ReportingCommand {
}
