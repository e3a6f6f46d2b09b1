package no.samanom.samlingsrapport.cli;

import picocli.CommandLine.Command;

/** The command line: without a subcommand it is {@code run}, so the plain jar reports the input. */
@Command(name = "samlingsrapport", mixinStandardHelpOptions = true, version = "samlingsrapport 0.1", sortOptions = false,
        subcommands = {RunCommand.class, WatchCommand.class, ValidateCommand.class, HistoryCommand.class,
                TemplatesCommand.class},
        description = {"Lager en PDF og en arbeidsbok for hver samling i inndatamappen.",
                "Uten underkommando er det det samme som «run»; se «samlingsrapport KOMMANDO --help»."},
        exitCodeListHeading = "%nAvslutningsstatus:%n",
        exitCodeList = {ExitCodes.OK_TEXT, ExitCodes.FAILED_TEXT, ExitCodes.REJECTED_TEXT, ExitCodes.BUSY_TEXT})
class RootCommand extends ReportingCommand {
}
