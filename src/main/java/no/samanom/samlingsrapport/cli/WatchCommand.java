package no.samanom.samlingsrapport.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import no.samanom.samlingsrapport.input.Visible;
import no.samanom.samlingsrapport.job.GatheringOutcome;
import no.samanom.samlingsrapport.job.JobsUnavailableException;
import no.samanom.samlingsrapport.job.RunResult;
import no.samanom.samlingsrapport.operations.DropFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Keeps running and reports each gathering dropped into the input once its files have settled. */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Overvåker inndatamappen og rapporterer hver samling som legges der, når filene har vært "
                + "uendret en stund (så en fil som fortsatt kopieres, aldri leses halvveis) og ingen har den åpen i Excel.",
                "Går til prosessen stoppes (Ctrl+C, systemctl stop); det er trygt å stoppe den når som helst."},
        exitCodeListHeading = "%nAvslutningsstatus:%n",
        exitCodeList = {ExitCodes.OK_TEXT, ExitCodes.REJECTED_TEXT})
class WatchCommand implements Callable<Integer> {

    /** How long a gathering another node works on is left before this node looks at it again. */
    static final Duration ELSEWHERE_PAUSE = Duration.ofSeconds(30);

    @Spec
    CommandSpec spec;

    @Mixin
    Folders folders;

    @Mixin
    AfterRun after;

    @Option(names = "--interval", defaultValue = "5s", paramLabel = "TID", converter = DurationConverter.class,
            description = "Hvor ofte mappen ses over, f.eks. 5s eller 1m (standard: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--settle", defaultValue = "5s", paramLabel = "TID", converter = DurationConverter.class,
            description = "Hvor lenge filene må ha vært uendret i størrelse og tid før de leses (standard: ${DEFAULT-VALUE}).")
    Duration settle;

    @Option(names = "--retry", defaultValue = "5m", paramLabel = "TID", converter = DurationConverter.class,
            description = "Hvor lenge det ventes før en samling som feilet (f.eks. full disk), prøves igjen (standard: ${DEFAULT-VALUE}).")
    Duration retry;

    @Mixin
    Verbosity verbosity;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Session session = Session.open(spec, folders, verbosity, after);
        DropFolder drop = new DropFolder(folders.input, settle, retry, Clock.systemDefaultZone());
        if (!verbosity.quiet) {
            out.println("Overvåker " + folders.input.toAbsolutePath() + " (ser etter hvert " + DurationConverter.format(interval)
                    + ", leser filer som har vært uendret i " + DurationConverter.format(settle) + "). Stopp med Ctrl+C.");
            out.flush();
        }
        boolean toldBusy = false;
        String toldUnavailable = null;
        while (!Thread.currentThread().isInterrupted()) {
            List<Path> ready = drop.ready();
            if (!ready.isEmpty()) {
                Optional<RunResult> result;
                try {
                    result = session.roundToTheEnd(ready);
                    toldUnavailable = null;
                } catch (JobsUnavailableException e) {
                    // the shared database is away: say so once, and try the same entries at the next look
                    if (!e.getMessage().equals(toldUnavailable)) {
                        spec.commandLine().getErr().println(Visible.of(e.getMessage()));
                        spec.commandLine().getErr().flush();
                    }
                    toldUnavailable = e.getMessage();
                    result = null;
                }
                if (result != null && result.isEmpty()) {
                    if (!toldBusy) {
                        session.busy();
                    }
                    toldBusy = true;
                } else if (result != null) {
                    toldBusy = false;
                    for (Path entry : ready) {
                        if (in(result.get(), entry, GatheringOutcome.Status.FAILED)) {
                            drop.failed(entry);
                        } else if (in(result.get(), entry, GatheringOutcome.Status.ELSEWHERE)) {
                            // what another node works on is looked at again soon: if that node dies,
                            // this one finishes it; not at every look, which would start a round each time
                            drop.later(entry, ELSEWHERE_PAUSE.compareTo(interval) > 0 ? ELSEWHERE_PAUSE : interval);
                        } else {
                            drop.handled(entry);
                        }
                    }
                }
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                break;
            }
        }
        return ExitCodes.OK;
    }

    /** Whether a gathering of the entry ended so. */
    private static boolean in(RunResult result, Path entry, GatheringOutcome.Status status) {
        Path root = entry.toAbsolutePath().normalize();
        return result.outcomes().stream().anyMatch(o -> o.status() == status
                && Path.of(o.source()).toAbsolutePath().normalize().startsWith(root));
    }
}
