package no.samanom.samlingsrapport.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;

import no.samanom.samlingsrapport.input.Consequence;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.job.GatheringOutcome;
import no.samanom.samlingsrapport.job.GatheringOutcome.Status;
import no.samanom.samlingsrapport.job.RunResult;
import no.samanom.samlingsrapport.network.NetworkOutcome;
import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.GatheringSummary.DataBasis;

/** One line per gathering, what went wrong with files indented below it, and a total. */
final class RunPrinter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final PrintWriter out;

    RunPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(RunResult result) {
        for (Deviation finding : result.findings()) {
            out.println("Ikke lest: " + finding.describe());
        }
        if (result.outcomes().isEmpty()) {
            out.println("Fant ingen samlinger i inndata.");
        }
        for (GatheringOutcome outcome : result.outcomes()) {
            out.println(line(outcome));
            for (Deviation problem : outcome.fileProblems()) {
                out.println("    " + problem.describe());
            }
        }
        for (NetworkOutcome network : result.networks()) {
            out.println(line(network));
            for (Deviation problem : network.fileProblems()) {
                out.println("    " + problem.describe());
            }
        }
        out.println(total(result));
        out.flush();
    }

    private static String line(GatheringOutcome o) {
        return switch (o.status()) {
            case REPORTED -> o.id() + ": " + (o.unchanged()
                    ? "uendret siden " + WHEN.format(o.when()) + ", ingenting gjort (" + figures(o.summary()) + ")"
                    : figures(o.summary()) + "; skrev " + String.join(", ", o.files()));
            case REJECTED -> o.id() + ": AVVIST" + (o.unchanged() ? " (uendret siden " + WHEN.format(o.when()) + ")" : "")
                    + ": " + o.message();
            case FAILED -> o.id() + ": FEILET: " + o.message();
        };
    }

    private static String line(NetworkOutcome n) {
        String what = "nettverk " + n.name() + ": ";
        return switch (n.status()) {
            case REPORTED -> what + (n.unchanged()
                    ? "utviklingsrapporten er uendret siden " + WHEN.format(n.when()) + " (" + n.gatherings() + " samlinger)"
                    : "utviklingsrapport over " + n.gatherings() + " samlinger; skrev " + String.join(", ", n.files()))
                    + (n.message() != null ? " " + n.message() : "");
            case FAILED -> what + "FEILET: " + n.message();
        };
    }

    private static String figures(GatheringSummary summary) {
        DataBasis basis = summary.dataBasis();
        return summary.evaluation().respondents() + " respondenter, " + basis.rowsUsed() + " rader brukt, "
                + basis.rowsRejected() + " forkastet, " + basis.deviations() + " avvik";
    }

    private static String total(RunResult result) {
        List<GatheringOutcome> outcomes = result.outcomes();
        long reported = count(outcomes, Status.REPORTED, false);
        long unchanged = count(outcomes, Status.REPORTED, true);
        long rejected = outcomes.stream().filter(o -> o.status() == Status.REJECTED).count();
        long failed = outcomes.stream().filter(o -> o.status() == Status.FAILED).count();
        long rejectedFiles = result.findings().stream().filter(d -> d.consequence() == Consequence.FILE_REJECTED).count()
                + outcomes.stream().mapToLong(o -> o.fileProblems().size()).sum();
        int read = 0;
        int used = 0;
        int deviations = 0;
        for (GatheringOutcome o : outcomes) {
            if (o.summary() != null && !o.unchanged()) {
                read += o.summary().dataBasis().rowsRead();
                used += o.summary().dataBasis().rowsUsed();
                deviations += o.summary().dataBasis().deviations();
            }
        }
        return "Totalt: " + outcomes.size() + " samlinger (" + reported + " rapportert, " + unchanged + " uendret, "
                + rejected + " avvist, " + failed + " feilet); " + rejectedFiles + " filer avvist; denne kjøringen: "
                + read + " rader lest, " + used + " brukt, " + (read - used) + " forkastet, " + deviations + " avvik.";
    }

    private static long count(List<GatheringOutcome> outcomes, Status status, boolean unchanged) {
        return outcomes.stream().filter(o -> o.status() == status && o.unchanged() == unchanged).count();
    }
}
