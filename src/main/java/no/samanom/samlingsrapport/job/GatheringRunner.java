package no.samanom.samlingsrapport.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.input.Consequence;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.input.GatheringSource;
import no.samanom.samlingsrapport.input.InputFileException;
import no.samanom.samlingsrapport.input.InputPlan;
import no.samanom.samlingsrapport.input.InputScanner;
import no.samanom.samlingsrapport.job.GatheringOutcome.Status;
import no.samanom.samlingsrapport.network.NetworkReports;

/**
 * Runs the job once per gathering found in the input. Content the job repository has
 * already completed is not redone; one gathering's failure never stops the others.
 */
@Component
public class GatheringRunner {

    private static final Logger log = LoggerFactory.getLogger(GatheringRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job gatheringJob;
    private final InputScanner scanner;
    private final Staging staging;
    private final NetworkReports networkReports;

    GatheringRunner(JobOperator jobOperator, JobRepository jobRepository, Job gatheringJob, InputScanner scanner,
                    Staging staging, NetworkReports networkReports) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.gatheringJob = gatheringJob;
        this.scanner = scanner;
        this.staging = staging;
        this.networkReports = networkReports;
    }

    public RunResult run(Path input) throws InputFileException {
        InputScanner.Scan scan = scanner.scan(input);
        List<GatheringOutcome> outcomes = scan.gatherings().stream().map(this::run).toList();
        return new RunResult(outcomes, scan.findings(), networkReports.refresh(scan, outcomes));
    }

    GatheringOutcome run(GatheringSource source) {
        JobParameters parameters = GatheringParameters.of(source).toJobParameters();
        JobExecution last = jobRepository.getLastJobExecution(GatheringJobConfig.JOB_NAME, parameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return outcome(source, last, true);
        }
        if (last != null && last.getStatus().isRunning()) {
            // the caller holds the state lock, so a "running" execution is one a killed process left behind
            log.warn("Recovering execution {} of {} left running by an earlier process", last.getId(), source.id());
            jobOperator.recover(last);
        }
        try {
            return outcome(source, jobOperator.start(gatheringJob, parameters), false);
        } catch (JobExecutionException e) {
            log.error("Could not start the job for {}", source.id(), e);
            return failed(source, "Jobben kunne ikke startes: " + e.getMessage());
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
                return new GatheringOutcome(source.id(), Status.REJECTED, unchanged, when, null, fileProblems,
                        plan.rejectionReason(), List.of());
            }
            String files = execution.getExecutionContext().getString(ReportTasklet.FILES, "");
            return new GatheringOutcome(source.id(), Status.REPORTED, unchanged, when, version.summary(), fileProblems,
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
        if (first instanceof InspectTasklet.InputChangedException) {
            return first.getMessage();
        }
        return "Jobben feilet: " + first.getClass().getSimpleName() + ": " + first.getMessage()
                + " (detaljer i loggfilen i tilstandsmappen).";
    }

    private static GatheringOutcome failed(GatheringSource source, String message) {
        return new GatheringOutcome(source.id(), Status.FAILED, false, LocalDateTime.now(), null, List.of(), message,
                List.of());
    }
}
