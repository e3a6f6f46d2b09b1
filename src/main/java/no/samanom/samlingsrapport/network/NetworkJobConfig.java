package no.samanom.samlingsrapport.network;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The development report job: one step that reads the network's staged gathering versions and
 * its folder's files, builds the summary and writes the reports. One job instance per network
 * and manifest fingerprint.
 */
@Configuration
class NetworkJobConfig {

    static final String JOB_NAME = "utviklingsrapport";
    static final String NETWORK = "network";
    static final String FINGERPRINT = "fingerprint";

    @Bean
    Job networkJob(JobRepository jobRepository, Step networkReportStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(networkReportStep).build();
    }

    @Bean
    Step networkReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           NetworkReportTasklet tasklet) {
        return new StepBuilder("networkReport", jobRepository).tasklet(tasklet, transactionManager).build();
    }
}
