package no.samanom.samlingsrapport.cli;

import java.io.PrintWriter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.samanom.samlingsrapport.input.Visible;
import no.samanom.samlingsrapport.job.JobsUnavailableException;
import picocli.CommandLine;

/** Builds the command line with its subcommands and its handling of the unexpected. */
final class Commands {

    private static final Logger log = LoggerFactory.getLogger(Commands.class);

    private Commands() {
    }

    static CommandLine commandLine() {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new RootCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // "--templates=templates" names a folder, not the subcommand of the same name
        commandLine.setAllowSubcommandsAsOptionParameters(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        // a bug or a broken disk must not greet the operator with a stack trace: it goes to the log
        commandLine.setExecutionExceptionHandler((exception, cl, parseResult) -> {
            if (exception instanceof JobsUnavailableException unavailable) {
                log.error("The shared job repository is unavailable", unavailable);
                cl.getErr().println(Visible.of(unavailable.getMessage()));
                return ExitCodes.FAILED;
            }
            log.error("Unexpected failure", exception);
            cl.getErr().println("Intern feil: " + exception.getClass().getSimpleName() + ": "
                    + Visible.of(String.valueOf(exception.getMessage()), Visible.VALUE)
                    + ". Detaljer står i loggfilen " + Logging.logFile() + ".");
            return ExitCodes.FAILED;
        });
        return commandLine;
    }
}
