package no.samanom.samlingsrapport.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import no.samanom.samlingsrapport.input.Visible;
import no.samanom.samlingsrapport.job.HistoryEntry;
import no.samanom.samlingsrapport.job.Jobs;
import no.samanom.samlingsrapport.job.Sharing;
import no.samanom.samlingsrapport.support.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The recent runs, from the job repository: what ran when, on which version, and how it ended. */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Viser de siste kjøringene fra jobbregisteret: når, hvilken samling, hvilket fingeravtrykk "
                + "(versjon), status, rader lest / brukt / forkastet og filene som ble skrevet."},
        exitCodeListHeading = "%nAvslutningsstatus:%n",
        exitCodeList = {"0:Historikken er skrevet ut.", "2:Kommandoen var feil, eller tilstandsmappen finnes ikke.",
                ExitCodes.BUSY_TEXT})
class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final String ROW = "%-7s %-19s %-24s %-13s %-9s %6s %6s %9s  %-12s %s%n";

    @Spec
    CommandSpec spec;

    @Option(names = "--state", defaultValue = ".state", paramLabel = "MAPPE",
            description = "Tilstandsmappen med jobbregisteret (standard: ${DEFAULT-VALUE}).")
    Path state;

    @Mixin
    SharedOptions shared;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "ANTALL",
            description = "Hvor mange kjøringer som vises, de nyeste først (standard: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit må være minst 1, ikke " + limit + ".");
        }
        if (!Files.isDirectory(state)) {
            // a mistyped folder must not become a new, empty state
            spec.commandLine().getErr().println("Fant ikke tilstandsmappen " + state.toAbsolutePath()
                    + "; se etter riktig --state.");
            return ExitCodes.REJECTED;
        }
        Logging.toStateFolder(state);
        Sharing sharing = shared.sharing();
        // the state lock guards the state folder's own database; a shared one needs no lock to be read
        Optional<StateLock> lock = sharing.shared() ? Optional.empty() : StateLock.tryAcquire(state);
        if (!sharing.shared() && lock.isEmpty()) {
            spec.commandLine().getErr().println("En kjøring bruker tilstandsmappen " + state.toAbsolutePath()
                    + " akkurat nå; prøv igjen når den er ferdig.");
            return ExitCodes.BUSY;
        }
        try (Jobs jobs = Jobs.start(Path.of("input"), Path.of("output"), state, Path.of("templates"), Language.NB,
                sharing)) {
            List<HistoryEntry> entries = jobs.history(limit);
            if (entries.isEmpty()) {
                out.println("Ingen kjøringer i " + (sharing.shared() ? "jobbregisteret i databasen "
                        + sharing.shownDatabase() : state.toAbsolutePath()) + ".");
                return ExitCodes.OK;
            }
            out.printf(ROW, "Kjøring", "Startet", "Samling", "Fingeravtrykk", "Status", "Lest", "Brukt", "Forkastet",
                    "Node", "Filer / melding");
            // what the repository kept came from input names, messages and the operator's --node: shown safe
            for (HistoryEntry e : entries) {
                out.printf(ROW, e.execution(), when(e.started()), Visible.of(e.gathering()), e.fingerprint().substring(0, 12),
                        status(e) + (e.forced() ? "*" : ""),
                        e.basis() == null ? "" : e.basis().rowsRead(),
                        e.basis() == null ? "" : e.basis().rowsUsed(),
                        e.basis() == null ? "" : e.basis().rowsRejected(),
                        Visible.of(e.node()),
                        Visible.of(e.files().isEmpty() ? e.message() : e.files()));
            }
            if (entries.stream().anyMatch(HistoryEntry::forced)) {
                out.println("* kjørt med --force");
            }
            out.flush();
            return ExitCodes.OK;
        } finally {
            if (lock.isPresent()) {
                lock.get().close();
            }
        }
    }

    private static String when(LocalDateTime time) {
        return time == null ? "" : WHEN.format(time);
    }

    private static String status(HistoryEntry e) {
        return switch (e.status()) {
            case "COMPLETED" -> "fullført";
            case "REJECTED" -> "avvist";
            case "FAILED" -> "feilet";
            case "STARTED", "STARTING" -> "kjører";
            case "STOPPED", "STOPPING" -> "stoppet";
            case "ABANDONED" -> "oppgitt";
            case "UNKNOWN" -> "ukjent";
            default -> e.status().toLowerCase();
        };
    }
}
