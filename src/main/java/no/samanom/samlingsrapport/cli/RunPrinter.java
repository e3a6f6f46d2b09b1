package no.samanom.samlingsrapport.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;

import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.input.Visible;
import no.samanom.samlingsrapport.job.GatheringOutcome;
import no.samanom.samlingsrapport.job.GatheringOutcome.Status;
import no.samanom.samlingsrapport.job.RunListener;
import no.samanom.samlingsrapport.job.RunResult;
import no.samanom.samlingsrapport.job.NetworkOutcome;
import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.GatheringSummary.DataBasis;

/**
 * A line per gathering as it finishes, what went wrong with its files indented below it,
 * progress while a big one is staged, and a total. On a terminal the progress line is
 * rewritten in place; otherwise it is a plain line at most once per interval, so a log
 * file is not flooded.
 */
final class RunPrinter implements RunListener {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    /** What the printer tells: a real run, or a check that writes no reports. */
    enum Mode { RUN, VALIDATE }

    private final PrintWriter out;
    private final Verbosity verbosity;
    private final Mode mode;
    private final boolean terminal;
    private final Duration interval;
    private final Function<GatheringOutcome, List<Deviation>> deviations;

    /** Gatherings run in parallel: when each started and its number, while it runs. */
    private final Map<String, long[]> running = new HashMap<>();
    private int total;
    private long lastProgress;
    private boolean progressShown;

    RunPrinter(PrintWriter out, Verbosity verbosity, Mode mode, boolean terminal, Duration interval,
               Function<GatheringOutcome, List<Deviation>> deviations) {
        this.out = out;
        this.verbosity = verbosity;
        this.mode = mode;
        this.terminal = terminal;
        this.interval = terminal ? Duration.ofMillis(500) : interval;
        this.deviations = deviations;
    }

    @Override
    public synchronized void starting(int number, int total, String id) {
        this.total = total;
        long now = System.nanoTime();
        running.put(id, new long[]{number, now});
        if (running.size() == 1) {
            lastProgress = now;
        }
    }

    @Override
    public synchronized void rows(String id, long rows) {
        long now = System.nanoTime();
        long[] gathering = running.get(id);
        if (verbosity.quiet || gathering == null || now - lastProgress < interval.toNanos()) {
            return;
        }
        lastProgress = now;
        double seconds = Math.max((now - gathering[1]) / 1e9, 1e-3);
        String line = String.format(NORWEGIAN, "[%d/%d] %s: %,d rader lest, %,.0f rader/s", gathering[0], total, id, rows,
                rows / seconds);
        if (terminal) {
            out.print("\r" + Visible.of(line) + "\u001b[K");
            progressShown = true;
        } else {
            println(line);
        }
        out.flush();
    }

    @Override
    public synchronized void finished(GatheringOutcome outcome) {
        running.remove(outcome.id());
        if (progressShown) {
            out.print("\r\u001b[K");
            progressShown = false;
        }
        if (verbosity.quiet && outcome.status() == Status.REPORTED) {
            return;
        }
        println(line(outcome));
        List<Deviation> details = verbosity.verbose || mode == Mode.VALIDATE ? deviations.apply(outcome)
                : outcome.fileProblems();
        for (Deviation deviation : details) {
            println("    " + deviation.describe());
        }
        out.flush();
    }

    /** After the gatherings: the networks' development reports, files outside any gathering, and the total. */
    synchronized void summary(RunResult result) {
        for (NetworkOutcome network : result.networks()) {
            if (verbosity.quiet && network.status() == NetworkOutcome.Status.REPORTED && network.fileProblems().isEmpty()) {
                continue;
            }
            println(line(network));
            for (Deviation problem : network.fileProblems()) {
                println("    " + problem.describe());
            }
        }
        for (Deviation finding : result.findings()) {
            println("Ikke lest: " + finding.describe());
        }
        if (result.outcomes().isEmpty() && result.networks().isEmpty() && result.findings().isEmpty()
                && !verbosity.quiet) {
            println("Fant ingen samlinger i inndata.");
        }
        if (!verbosity.quiet) {
            println(total(result));
        }
        out.flush();
    }

    /** Every line shows input names and messages: control characters in them are made visible. */
    private void println(String line) {
        out.println(Visible.of(line));
    }

    private String line(GatheringOutcome o) {
        return switch (o.status()) {
            case REPORTED -> o.id() + ": " + (mode == Mode.VALIDATE ? "kan rapporteres: " + figures(o.summary())
                    : o.unchanged() ? "uendret siden " + WHEN.format(o.when()) + ", ingenting gjort (" + figures(o.summary()) + ")"
                    : figures(o.summary()) + "; skrev " + String.join(", ", o.files()));
            case REJECTED -> o.id() + ": AVVIST" + (o.unchanged() ? " (uendret siden " + WHEN.format(o.when()) + ")" : "")
                    + ": " + o.message();
            case FAILED -> o.id() + ": FEILET: " + o.message();
            case ELSEWHERE -> o.id() + ": " + o.message() + "; den noden rapporterer den.";
        };
    }

    private String line(NetworkOutcome n) {
        String what = "nettverk " + n.name() + ": ";
        return switch (n.status()) {
            case REPORTED -> what + (mode == Mode.VALIDATE ? "utviklingsrapport kan lages over " + gatherings(n.gatherings())
                    : n.unchanged()
                    ? "utviklingsrapporten er uendret siden " + WHEN.format(n.when()) + " (" + gatherings(n.gatherings()) + ")"
                    : "utviklingsrapport over " + gatherings(n.gatherings()) + "; skrev " + String.join(", ", n.files()))
                    + (n.message() != null ? " " + n.message() : "");
            case FAILED -> what + "FEILET: " + n.message();
        };
    }

    private static String figures(GatheringSummary summary) {
        DataBasis basis = summary.dataBasis();
        return count(summary.evaluation().respondents(), "respondent", "respondenter") + ", "
                + count(basis.rowsUsed(), "rad", "rader") + " brukt, "
                + basis.rowsRejected() + " forkastet, " + basis.deviations() + " avvik";
    }

    private String total(RunResult result) {
        RunResult.Totals t = result.totals();
        if (mode == Mode.VALIDATE) {
            long rejected = t.gatherings() - t.reported();
            return "Kontrollert: " + gatherings(t.gatherings()) + " (" + t.reported() + " kan rapporteres, " + rejected
                    + " avvist). Ingen rapporter er skrevet.";
        }
        return "Totalt: " + gatherings(t.gatherings()) + " (" + t.reported() + " rapportert, " + t.unchanged()
                + " uendret, " + t.rejected() + " avvist, " + t.failed() + " feilet"
                + (t.elsewhere() > 0 ? ", " + t.elsewhere() + " hos en annen node" : "") + "); " + t.rejectedFiles()
                + (t.rejectedFiles() == 1 ? " fil" : " filer") + " avvist; denne kjøringen: "
                + count(t.rowsRead(), "rad", "rader") + " lest, " + t.rowsUsed() + " brukt, "
                + (t.rowsRead() - t.rowsUsed()) + " forkastet, " + t.deviations() + " avvik.";
    }

    /** "1 samling", "2 samlinger". */
    private static String gatherings(long n) {
        return count(n, "samling", "samlinger");
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
