package no.samanom.samlingsrapport.job;

import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Clears what a killed process left in the job repository before a job is launched. An
 * execution still marked as running whose claim this process can take is a dead process's
 * (a live one holds the claim while it runs), and an instance without any execution was cut
 * off while being created.
 */
@Component
public class Launches {

    private static final Logger log = LoggerFactory.getLogger(Launches.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Claims claims;

    Launches(JobOperator jobOperator, JobRepository jobRepository, Claims claims) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.claims = claims;
    }

    /**
     * Marks every execution of the job still "running" whose process is dead as failed, so that
     * it restarts where it stopped; one whose claim another live node holds is left to it.
     *
     * @param claim the claim that covers an execution, from its parameters
     */
    public void recoverStale(String jobName, Function<JobParameters, String> claim) {
        for (JobExecution stale : jobRepository.findRunningJobExecutions(jobName)) {
            claims.tryClaim(claim.apply(stale.getJobParameters())).ifPresent(held -> {
                try (held) {
                    recoverIfRunning(jobRepository.getJobExecution(stale.getId()));
                }
            });
        }
    }

    /**
     * The last execution of the instance these parameters identify, or null if there is none. The
     * caller holds the instance's claim, so an execution still running is a dead process's: it is
     * recovered, to be restarted from its last committed chunk. An instance a process was killed in
     * before its first execution (Spring Batch creates them one after the other) would make the job
     * operator refuse to start: it is removed.
     */
    public JobExecution last(String jobName, JobParameters parameters) {
        JobInstance instance = jobRepository.getJobInstance(jobName, parameters);
        if (instance != null && jobRepository.getJobExecutions(instance).isEmpty()) {
            log.warn("Removing job instance {} ({}) that a killed process left without an execution",
                    instance.getInstanceId(), parameters);
            jobRepository.deleteJobInstance(instance);
        }
        JobExecution last = jobRepository.getLastJobExecution(jobName, parameters);
        if (recoverIfRunning(last)) {
            return jobRepository.getLastJobExecution(jobName, parameters);
        }
        return last;
    }

    private boolean recoverIfRunning(JobExecution execution) {
        if (execution == null || !execution.getStatus().isRunning()) {
            return false;
        }
        log.warn("Recovering execution {} of {} left running by a process that is gone (node {})", execution.getId(),
                execution.getJobParameters(), execution.getExecutionContext().getString(JobConfig.NODE, "?"));
        jobOperator.recover(execution);
        return true;
    }
}
