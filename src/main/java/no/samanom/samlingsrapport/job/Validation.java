package no.samanom.samlingsrapport.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.samanom.samlingsrapport.Templates;
import no.samanom.samlingsrapport.aggregation.SummaryBuilder;
import no.samanom.samlingsrapport.input.Consequence;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.input.GatheringSource;
import no.samanom.samlingsrapport.input.InputFileException;
import no.samanom.samlingsrapport.input.InputPlan;
import no.samanom.samlingsrapport.input.InputScanner;
import no.samanom.samlingsrapport.input.Inspector;
import no.samanom.samlingsrapport.input.PlanReader;
import no.samanom.samlingsrapport.input.PlanValidator;
import no.samanom.samlingsrapport.input.TableRow;
import no.samanom.samlingsrapport.input.ValidatedRow;
import no.samanom.samlingsrapport.report.GatheringSummary;

/**
 * {@code validate}: the run's own stages (scan, inspect, the read-and-validate loop, aggregation)
 * on the input, in memory and without the job repository, so its verdict is the run's and it
 * writes nothing anywhere, logs included. A gathering it accepts is one a run would report.
 */
public final class Validation {

    private final Path input;
    private final Templates templates;
    private final Map<String, List<Deviation>> deviations = new HashMap<>();

    Validation(Path input, Path templates) {
        this.input = input;
        this.templates = new Templates(templates);
    }

    /** Checks every gathering and network folder of the input, telling the listener as it goes. */
    public RunResult run(RunListener listener) {
        InputScanner scanner = new InputScanner(templates.riskFactors(), input);
        Inspector inspector = new Inspector(templates.riskFactors());
        InputScanner.Scan scan;
        try {
            scan = scanner.scan(input);
        } catch (InputFileException e) {
            return new RunResult(List.of(), List.of(Deviation.ofFile(input.toString(), e.getMessage(),
                    Consequence.FILE_REJECTED)), List.of());
        }
        List<GatheringOutcome> outcomes = new ArrayList<>();
        Map<String, Integer> gatheringsByNetwork = new TreeMap<>();
        for (int i = 0; i < scan.gatherings().size(); i++) {
            GatheringSource source = scan.gatherings().get(i);
            listener.starting(i + 1, scan.gatherings().size(), source.id());
            GatheringOutcome outcome = check(source, inspector.inspect(source), listener);
            if (outcome.summary() != null && outcome.summary().info().network() != null) {
                gatheringsByNetwork.merge(NetworkKey.of(outcome.summary().info().network()), 1, Integer::sum);
            }
            listener.finished(outcome);
            outcomes.add(outcome);
        }
        Map<String, NetworkOutcome> networks = new LinkedHashMap<>();
        gatheringsByNetwork.forEach((key, count) -> networks.put(key, network(key, key, count, List.of())));
        for (GatheringSource folder : scan.networks()) {
            String key = NetworkKey.of(folder.id());
            List<Deviation> problems = rejections(folderDeviations(inspector.inspect(folder)));
            networks.put(key, network(key, folder.rootPath().getFileName().toString(),
                    gatheringsByNetwork.getOrDefault(key, 0), problems));
        }
        return new RunResult(outcomes, scan.findings(), List.copyOf(networks.values()));
    }

    /** Every deviation of a gathering this validation checked, in the order a deviation list has them. */
    public List<Deviation> deviations(GatheringOutcome outcome) {
        return deviations.getOrDefault(outcome.id(), outcome.fileProblems());
    }

    private GatheringOutcome check(GatheringSource source, InputPlan plan, RunListener listener) {
        List<Deviation> found = new ArrayList<>(plan.findings());
        deviations.put(source.id(), found);
        List<Deviation> fileProblems = rejections(plan.findings());
        if (plan.rejected()) {
            return new GatheringOutcome(source.id(), source.root(), source.fingerprint(), GatheringOutcome.Status.REJECTED,
                    false, LocalDateTime.now(), null, fileProblems, plan.rejectionReason(), List.of());
        }
        SummaryBuilder builder = new SummaryBuilder(templates.riskFactors(), templates.municipalities(), templates.profile());
        plan.findings().forEach(builder::addDeviation);
        try {
            long rows = readAll(plan, row -> {
                row.deviations().forEach(builder::addDeviation);
                found.addAll(row.deviations());
                row.rows().forEach(builder::add);
            });
            listener.rows(source.id(), rows);
        } catch (IOException e) {
            return new GatheringOutcome(source.id(), source.root(), source.fingerprint(), GatheringOutcome.Status.FAILED,
                    false, LocalDateTime.now(), null, fileProblems, e.getMessage(), List.of());
        }
        GatheringSummary summary = builder.build(source.id(), plan.source().files());
        found.addAll(builder.lateDeviations());
        return new GatheringOutcome(source.id(), source.root(), source.fingerprint(), GatheringOutcome.Status.REPORTED,
                false, LocalDateTime.now(), summary, fileProblems, null, List.of());
    }

    /** A network folder's deviations: its files' and its rows'. */
    private List<Deviation> folderDeviations(InputPlan plan) {
        List<Deviation> found = new ArrayList<>(plan.findings());
        try {
            readAll(plan, row -> found.addAll(row.deviations()));
        } catch (IOException e) {
            found.add(Deviation.ofFile(plan.source().rootPath().getFileName().toString(), e.getMessage(),
                    Consequence.FILE_REJECTED));
        }
        return found;
    }

    /** The read-and-validate loop of the jobs' stage step, without staging: the rows go to {@code sink}. */
    private long readAll(InputPlan plan, java.util.function.Consumer<ValidatedRow> sink) throws IOException {
        PlanValidator validator = new PlanValidator(plan.tables(), templates.riskFactors(), templates.municipalities());
        long count = 0;
        try (PlanReader reader = new PlanReader(plan.tables())) {
            for (TableRow row = reader.next(); row != null; row = reader.next()) {
                sink.accept(validator.validate(row));
                count++;
            }
        }
        return count;
    }

    private static NetworkOutcome network(String key, String name, int gatherings, List<Deviation> problems) {
        return new NetworkOutcome(key, name, NetworkOutcome.Status.REPORTED, false, LocalDateTime.now(), gatherings,
                List.of(), problems, null);
    }

    private static List<Deviation> rejections(List<Deviation> deviations) {
        return deviations.stream().filter(d -> d.consequence() == Consequence.FILE_REJECTED).toList();
    }
}
