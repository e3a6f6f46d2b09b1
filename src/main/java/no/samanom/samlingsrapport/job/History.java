package no.samanom.samlingsrapport.job;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.report.GatheringSummary.DataBasis;

/** The recent runs as the job repository remembers them, with the figures staged beside them. */
@Component
class History {

    private final JobRepository jobRepository;
    private final Staging staging;

    History(JobRepository jobRepository, Staging staging) {
        this.jobRepository = jobRepository;
        this.staging = staging;
    }

    /** The latest {@code limit} executions, newest first. */
    public List<HistoryEntry> recent(int limit) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(JobConfig.GATHERING_JOB, 0, limit)) {
            for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
                entries.add(entry(execution));
            }
        }
        return entries.stream()
                .sorted(Comparator.comparing(HistoryEntry::execution).reversed())
                .limit(limit)
                .toList();
    }

    private HistoryEntry entry(JobExecution execution) {
        GatheringParameters parameters = GatheringParameters.of(execution.getJobParameters());
        String exitCode = execution.getExitStatus().getExitCode();
        String status = InspectTasklet.REJECTED.equals(exitCode) ? InspectTasklet.REJECTED
                : execution.getStatus().name();
        DataBasis basis = null;
        if (execution.getStatus() == BatchStatus.COMPLETED && !InspectTasklet.REJECTED.equals(exitCode)) {
            try {
                basis = staging.version(parameters.id(), parameters.fingerprint()).summary().dataBasis();
            } catch (IOException e) {
                // staged data removed by hand: the repository's own record still stands
            }
        }
        String message = execution.getStatus() == BatchStatus.COMPLETED && basis != null ? ""
                : execution.getExitStatus().getExitDescription();
        return new HistoryEntry(execution.getId(), execution.getStartTime(), execution.getEndTime(), parameters.id(),
                parameters.fingerprint(), parameters.forced() != null, status, basis,
                execution.getExecutionContext().getString(ReportTasklet.FILES, ""), firstLine(message),
                execution.getExecutionContext().getString(JobConfig.NODE, ""));
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
