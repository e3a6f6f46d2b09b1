package no.samanom.samlingsrapport.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.scheduling.support.CronExpression;

import no.samanom.samlingsrapport.input.Visible;
import no.samanom.samlingsrapport.job.JobsUnavailableException;
import no.samanom.samlingsrapport.job.RunResult;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Reports every gathering in the input, then exits; or, with --schedule, does so at set
 * times. Shared by the {@code run} subcommand and the command line without a subcommand.
 */
abstract class ReportingCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Mixin
    Folders folders;

    @Mixin
    AfterRun after;

    @Option(names = "--force", description = "Lag rapportene på nytt også for samlinger som er rapportert med samme innhold.")
    boolean force;

    @Option(names = "--schedule", paramLabel = "CRON",
            description = "Kjør på disse tidspunktene i stedet for én gang, til prosessen stoppes. Springs cron-format "
                    + "med sekunder: \"0 0 6 * * *\" er kl. 06.00 hver dag.")
    String schedule;

    @Mixin
    Verbosity verbosity;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Session session = Session.open(spec, folders, verbosity, after);
        if (schedule != null) {
            if (force) {
                throw new ParameterException(spec.commandLine(), "--force gjelder én kjøring og kan ikke brukes med "
                        + "--schedule, som ellers ville lage alt på nytt hver gang.");
            }
            return scheduled(session, cron(), out);
        }
        Optional<RunResult> result = session.round(List.of(folders.input), force);
        if (result.isEmpty()) {
            session.busy();
            return ExitCodes.BUSY;
        }
        return ExitCodes.of(result.get());
    }

    private CronExpression cron() {
        try {
            return CronExpression.parse(schedule);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Ugyldig --schedule \"" + schedule + "\": " + e.getMessage()
                    + ". Bruk seks felt: sekund minutt time dag måned ukedag, f.eks. \"0 0 6 * * *\".");
        }
    }

    /** Runs at the cron's times until interrupted; a round that finds the state busy waits for the next time. */
    private int scheduled(Session session, CronExpression cron, PrintWriter out) throws Exception {
        while (!Thread.currentThread().isInterrupted()) {
            LocalDateTime next = cron.next(LocalDateTime.now());
            if (next == null) {
                return ExitCodes.OK;
            }
            if (!verbosity.quiet) {
                out.println("Neste kjøring: " + WHEN.format(next));
                out.flush();
            }
            try {
                Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(), next).toMillis()));
            } catch (InterruptedException e) {
                return ExitCodes.OK;
            }
            try {
                if (session.roundToTheEnd(List.of(folders.input)).isEmpty()) {
                    session.busy();
                }
            } catch (JobsUnavailableException e) {
                // the shared database is away: this round is lost, the next one takes up what is unfinished
                spec.commandLine().getErr().println(Visible.of(e.getMessage()));
                spec.commandLine().getErr().flush();
            }
        }
        return ExitCodes.OK;
    }
}
