package no.samanom.samlingsrapport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.samanom.samlingsrapport.input.Visible;
import no.samanom.samlingsrapport.job.GatheringOutcome;
import no.samanom.samlingsrapport.job.Jobs;
import no.samanom.samlingsrapport.job.Round;
import no.samanom.samlingsrapport.job.RunResult;
import no.samanom.samlingsrapport.job.Sharing;
import no.samanom.samlingsrapport.operations.Archiver;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * One round of work, the same for run, schedule and watch: take the state lock, start the
 * engine, report each input, print, archive if asked, let go of the lock. Between rounds a
 * long-running command holds nothing, so history and other runs can use the state.
 */
final class Session {

    private static final Logger log = LoggerFactory.getLogger(Session.class);

    private final Folders folders;
    private final Verbosity verbosity;
    private final AfterRun after;
    private final PrintWriter out;
    private final PrintWriter err;

    private Session(Folders folders, Verbosity verbosity, AfterRun after, PrintWriter out, PrintWriter err) {
        this.folders = folders;
        this.verbosity = verbosity;
        this.after = after;
        this.out = out;
        this.err = err;
    }

    /**
     * Logs into the state folder and checks what can be checked before any work: an archive
     * inside the input would be read again as input.
     */
    static Session open(CommandSpec spec, Folders folders, Verbosity verbosity, AfterRun after) {
        Logging.toStateFolder(folders.state);
        if (folders.shared.sharing().shared() && folders.shared.staging == null) {
            throw new ParameterException(spec.commandLine(), "Med --database må også --staging peke på en mappe som alle "
                    + "nodene deler: der finner en node det en annen node har mellomlagret, og kan fullføre en samling "
                    + "den andre ikke ble ferdig med.");
        }
        if (after.archiving() && new Archiver(folders.input, after.archive).insideInput()) {
            throw new ParameterException(spec.commandLine(), "Arkivmappen " + after.archive.toAbsolutePath()
                    + " ligger i inndatamappen " + folders.input.toAbsolutePath() + "; velg en --archive utenfor den.");
        }
        return new Session(folders, verbosity, after, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Reports the inputs; empty when another process holds the state. */
    Optional<RunResult> round(List<Path> inputs, boolean force) throws IOException {
        Optional<StateLock> lock = StateLock.tryAcquire(folders.state);
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        try (StateLock held = lock.get()) {
            log.info("Round over {} (force: {})", inputs, force);
            Round round = Round.of(inputs, folders.input, folders.templates);
            // nothing changed since a round that failed nowhere: say so without starting the jobs (alone only:
            // a node sharing the job repository cannot tell from here what the others did since)
            Optional<RunResult> unchanged = force || verbosity.verbose || sharing().shared() ? Optional.empty()
                    : round.unchanged(folders.state);
            RunResult result = unchanged.isPresent() ? tell(unchanged.get()) : run(round, force);
            if (after.archiving()) {
                for (String line : new Archiver(folders.input, after.archive).archive(result, LocalDate.now())) {
                    log.info(line);
                    if (verbosity.verbose) {
                        out.println(Visible.of(line));
                    }
                }
            }
            log.info("Round ended with exit status {}", ExitCodes.of(result));
            return Optional.of(result);
        }
    }

    private RunResult run(Round round, boolean force) throws IOException {
        RunResult result;
        Jobs.warmUp(folders.state);
        try (Jobs jobs = Jobs.start(folders.input, folders.output, folders.state, folders.templates, folders.language,
                sharing())) {
            RunPrinter printer = new RunPrinter(out, verbosity, RunPrinter.Mode.RUN, System.console() != null,
                    jobs.progressInterval(), jobs::deviations);
            result = jobs.run(round, force, printer);
            printer.summary(result);
        }
        if (!sharing().shared()) {
            round.remember(folders.state, result);
        }
        return result;
    }

    private Sharing sharing() {
        return folders.shared.sharing();
    }

    /** The last round's result, every gathering unchanged, printed as a run would print it. */
    private RunResult tell(RunResult result) {
        RunPrinter printer = new RunPrinter(out, verbosity, RunPrinter.Mode.RUN, false, Duration.ofDays(1),
                GatheringOutcome::fileProblems);
        result.outcomes().forEach(printer::finished);
        printer.summary(result);
        return result;
    }

    /**
     * A round for the long-running commands: it runs on a thread of its own, so that an
     * interrupt (how an embedding program or a test asks watch or --schedule to stop) lets
     * the round finish instead of reaching into the job, and stops the loop after it.
     */
    Optional<RunResult> roundToTheEnd(List<Path> inputs) throws Exception {
        FutureTask<Optional<RunResult>> task = new FutureTask<>(() -> round(inputs, false));
        new Thread(task, "samlingsrapport-round").start();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void busy() {
        err.println("En annen kjøring bruker tilstandsmappen " + folders.state.toAbsolutePath()
                + ". Vent til den er ferdig, eller bruk en annen --state.");
        err.flush();
    }
}
