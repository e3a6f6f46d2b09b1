package no.samanom.samlingsrapport.job;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.SamlingsrapportProperties;
import no.samanom.samlingsrapport.input.Consequence;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.input.GatheringSource;
import no.samanom.samlingsrapport.input.InputChangedException;
import no.samanom.samlingsrapport.input.InputPlan;
import no.samanom.samlingsrapport.job.GatheringOutcome.Status;

/**
 * Runs the job once per gathering found in the input. Content the job repository has
 * already completed is not redone; one gathering's failure never stops the others.
 */
@Component
public class GatheringRunner {

    private static final Logger log = LoggerFactory.getLogger(GatheringRunner.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final int SHARED_WORKERS = 3;

    private final JobOperator jobOperator;
    private final Job gatheringJob;
    private final Staging staging;
    private final StepWatcher watcher;
    private final Launches launches;
    private final NetworkReports networkReports;
    private final Claims claims;
    private final int workers;

    GatheringRunner(JobOperator jobOperator, Job gatheringJob,
                    Staging staging, StepWatcher watcher, Launches launches, NetworkReports networkReports,
                    Claims claims, SamlingsrapportProperties properties) {
        // with a shared database a worker holds a pooled connection through each step, also while it waits
        // for the manifest's claim, and the job repository's queries need more: the pool of eight serves three
        this.workers = properties.shared() ? Math.min(properties.workers(), SHARED_WORKERS) : properties.workers();
        this.claims = claims;
        this.jobOperator = jobOperator;
        this.gatheringJob = gatheringJob;
        this.staging = staging;
        this.watcher = watcher;
        this.launches = launches;
        this.networkReports = networkReports;
    }

    /**
     * Reports every gathering the round found, telling the listener as it goes, then brings the
     * networks' development reports up to date once.
     *
     * @param force report again what the job repository has already completed
     */
    public RunResult run(Round round, boolean force, RunListener listener) {
        List<GatheringSource> gatherings = round.scan().gatherings();
        launches.recoverStale(JobConfig.GATHERING_JOB,
                parameters -> Claims.gathering(GatheringParameters.of(parameters).id()));
        watcher.listenWith(listener);
        // one time for the whole run, so that a forced run is one new job instance per gathering
        String forced = force ? LocalDateTime.now().toString() : null;
        List<GatheringOutcome> outcomes = runAll(gatherings, forced, listener);
        watcher.listenWith(RunListener.NONE);
        return new RunResult(outcomes, round.scan().findings(), networkReports.refresh(round.scan(), outcomes));
    }

    /**
     * Each gathering is its own job instance, independent of the others: they run at once on a
     * bounded pool, one per core by default. The outcomes keep the order the gatherings were found in.
     */
    private List<GatheringOutcome> runAll(List<GatheringSource> gatherings, String forced, RunListener listener) {
        int threads = Math.min(workers, Math.max(1, gatherings.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "samling-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<GatheringOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < gatherings.size(); i++) {
                int number = i + 1;
                GatheringSource source = gatherings.get(i);
                futures.add(pool.submit(() -> {
                    listener.starting(number, gatherings.size(), source.id());
                    GatheringOutcome outcome = run(source, forced);
                    log.info("{} version {}: {}{}", outcome.id(), outcome.fingerprint(), outcome.status(),
                            outcome.unchanged() ? " (unchanged)" : "");
                    listener.finished(outcome);
                    return outcome;
                }));
            }
            List<GatheringOutcome> outcomes = new ArrayList<>();
            for (Future<GatheringOutcome> future : futures) {
                outcomes.add(result(future));
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    /** A gathering's outcome; every failure of the gathering itself is in it already, so what is left is a bug. */
    private static GatheringOutcome result(Future<GatheringOutcome> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Reporting a gathering failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while gatherings were reported", e);
        }
    }

    /**
     * Runs the gathering's job if no other node is working on the gathering; a node sharing the
     * job repository that holds its claim is left to finish it, or, if that node dies, the next
     * round of any node recovers it.
     */
    private GatheringOutcome run(GatheringSource source, String forced) {
        JobParameters parameters = GatheringParameters.of(source, forced).toJobParameters();
        try {
            Optional<Claims.Claim> claim = claims.tryClaim(Claims.gathering(source.id()));
            if (claim.isEmpty()) {
                return new GatheringOutcome(source.id(), source.root(), source.fingerprint(), Status.ELSEWHERE, false,
                        LocalDateTime.now(), null, List.of(), "en annen node arbeider med samlingen nå", List.of());
            }
            try (Claims.Claim held = claim.get()) {
                JobExecution last = launches.last(JobConfig.GATHERING_JOB, parameters);
                if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                    return outcome(source, last, true);
                }
                return outcome(source, jobOperator.start(gatheringJob, parameters), false);
            }
        } catch (JobsUnavailableException e) {
            log.error("Could not claim {}", source.id(), e);
            return failed(source, e.getMessage());
        } catch (JobExecutionException | RuntimeException e) {
            // whatever goes wrong is this gathering's failure; the others still run
            log.error("Could not run the job for {}", source.id(), e);
            return failed(source, "Jobben kunne ikke kjøres: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + " (detaljer i loggfilen i tilstandsmappen).");
        }
    }

    private GatheringOutcome outcome(GatheringSource source, JobExecution execution, boolean unchanged) {
        LocalDateTime when = execution.getEndTime() != null ? execution.getEndTime() : execution.getStartTime();
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return failed(source, failureMessage(execution));
        }
        Staging.Version version = staging.version(source.id(), source.fingerprint());
        try {
            InputPlan plan = version.plan();
            List<Deviation> fileProblems = plan.findings().stream()
                    .filter(d -> d.consequence() == Consequence.FILE_REJECTED).toList();
            if (InspectTasklet.REJECTED.equals(execution.getExitStatus().getExitCode())) {
                return new GatheringOutcome(source.id(), source.root(), source.fingerprint(), Status.REJECTED,
                        unchanged, when, null, fileProblems,
                        plan.rejectionReason(), List.of());
            }
            String files = execution.getExecutionContext().getString(ReportTasklet.FILES, "");
            return new GatheringOutcome(source.id(), source.root(), source.fingerprint(), Status.REPORTED, unchanged,
                    when, version.summary(), fileProblems,
                    null, files.isEmpty() ? List.of() : List.of(files.split(", ")));
        } catch (IOException e) {
            log.error("Staged data of {} is unreadable", source.id(), e);
            return failed(source, "Mellomlagrede data for samlingen kunne ikke leses (" + e.getMessage()
                    + "); se loggfilen i tilstandsmappen.");
        }
    }

    private static String failureMessage(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        if (failures.isEmpty()) {
            return "Jobben endte med status " + execution.getStatus() + ".";
        }
        Throwable first = failures.get(0);
        for (Throwable cause = first; cause != null; cause = cause.getCause()) {
            if (cause instanceof InputChangedException || cause instanceof ReportTasklet.OutputException) {
                return cause.getMessage(); // a reason the operator can act on, however deep Batch wrapped it
            }
        }
        return "Jobben feilet: " + first.getClass().getSimpleName() + ": " + first.getMessage()
                + " (detaljer i loggfilen i tilstandsmappen).";
    }

    private static GatheringOutcome failed(GatheringSource source, String message) {
        return new GatheringOutcome(source.id(), source.root(), source.fingerprint(), Status.FAILED, false,
                LocalDateTime.now(), null, List.of(), message,
                List.of());
    }
}
