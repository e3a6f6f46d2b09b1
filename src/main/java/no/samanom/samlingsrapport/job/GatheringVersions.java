package no.samanom.samlingsrapport.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Which version of each gathering the job has reported: for every gathering id the job
 * repository knows, the input fingerprint of its most recent completed (and not rejected)
 * execution. Its staged summary and rows stay in {@link Staging} under that fingerprint.
 */
@Component
public class GatheringVersions {

    /** A gathering version the job completed; the later {@code execution}, the more recent. */
    public record Version(String id, String fingerprint, long execution) {
    }

    private final JobRepository jobRepository;

    GatheringVersions(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /** The latest completed version of every gathering the job repository holds, by gathering id. */
    public Map<String, Version> latest() {
        Map<String, Version> latest = new LinkedHashMap<>();
        for (JobInstance instance : jobRepository.findJobInstances(JobConfig.GATHERING_JOB)) {
            for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
                if (execution.getStatus() != BatchStatus.COMPLETED
                        || InspectTasklet.REJECTED.equals(execution.getExitStatus().getExitCode())) {
                    continue;
                }
                GatheringParameters parameters = GatheringParameters.of(execution.getJobParameters());
                Version version = new Version(parameters.id(), parameters.fingerprint(), execution.getId());
                latest.merge(parameters.id(), version, (a, b) -> a.execution() >= b.execution() ? a : b);
            }
        }
        return latest;
    }
}
