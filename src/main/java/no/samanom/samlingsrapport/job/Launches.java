package no.samanom.samlingsrapport.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Clears what a killed process left in the job repository before a job is launched. Callers
 * hold the state lock, so nothing else is running: an execution still marked as running is
 * a dead process's, and an instance without any execution was cut off while being created.
 */
@Component
public class Launches {

    private static final Logger log = LoggerFactory.getLogger(Launches.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;

    Launches(JobOperator jobOperator, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    /** Marks every execution of the job still "running" as failed, so that it restarts where it stopped. */
    public void recoverStale(String jobName) {
        for (JobExecution stale : jobRepository.findRunningJobExecutions(jobName)) {
            log.warn("Recovering execution {} of {} left running by an earlier process", stale.getId(),
                    stale.getJobParameters());
            jobOperator.recover(stale);
        }
    }

    /**
     * The last execution of the instance these parameters identify, or null if there is none.
     * An instance a process was killed in before its first execution (Spring Batch creates them
     * one after the other) would make the job operator refuse to start: it is removed.
     */
    public JobExecution last(String jobName, JobParameters parameters) {
        JobInstance instance = jobRepository.getJobInstance(jobName, parameters);
        if (instance != null && jobRepository.getJobExecutions(instance).isEmpty()) {
            log.warn("Removing job instance {} ({}) that a killed process left without an execution",
                    instance.getInstanceId(), parameters);
            jobRepository.deleteJobInstance(instance);
        }
        return jobRepository.getLastJobExecution(jobName, parameters);
    }
}
