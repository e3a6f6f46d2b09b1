package no.samanom.samlingsrapport.job;

import java.io.IOException;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import no.samanom.samlingsrapport.SamlingsrapportProperties;
import no.samanom.samlingsrapport.Templates;
import no.samanom.samlingsrapport.input.InputScanner;
import no.samanom.samlingsrapport.input.Inspector;
import no.samanom.samlingsrapport.input.ValidatedRow;

/**
 * The gathering job: inspect the files, stage the validated rows, aggregate, report. One
 * job instance per gathering id and input fingerprint.
 */
@Configuration
class GatheringJobConfig {

    static final String JOB_NAME = "samlingsrapport";

    @Bean
    Job gatheringJob(JobRepository jobRepository, Step inspectStep, Step stageStep, Step aggregateStep,
                     Step reportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(inspectStep)
                .on(InspectTasklet.REJECTED).end(InspectTasklet.REJECTED)
                // a failed inspection ends the job: nothing is read without a plan
                .from(inspectStep).on(ExitStatus.FAILED.getExitCode()).fail()
                .from(inspectStep).on("*").to(stageStep)
                .next(aggregateStep)
                .next(reportStep)
                .end()
                .build();
    }

    @Bean
    Step inspectStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     InspectTasklet tasklet, StepWatcher watcher) {
        return new StepBuilder("inspect", jobRepository).tasklet(tasklet, transactionManager).listener((StepExecutionListener) watcher).build();
    }

    @Bean
    Step stageStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                   SamlingsrapportProperties properties, GatheringItemReader reader, RowProcessor processor,
                   StagingWriter writer, StepWatcher watcher) {
        return new StepBuilder("stage", jobRepository)
                .<TableRow, ValidatedRow>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .listener(watcher)
                .build();
    }

    @Bean
    Step aggregateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       AggregateTasklet tasklet, StepWatcher watcher) {
        return new StepBuilder("aggregate", jobRepository).tasklet(tasklet, transactionManager).listener((StepExecutionListener) watcher).build();
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    ReportTasklet tasklet, StepWatcher watcher) {
        return new StepBuilder("report", jobRepository).tasklet(tasklet, transactionManager).listener((StepExecutionListener) watcher).build();
    }

    @Bean
    @StepScope
    GatheringItemReader gatheringItemReader(@Value("#{jobParameters['gathering']}") String id,
                                            @Value("#{jobParameters['fingerprint']}") String fingerprint,
                                            Staging staging) throws IOException {
        return new GatheringItemReader(staging.version(id, fingerprint).plan().tables());
    }

    @Bean
    @StepScope
    RowProcessor rowProcessor(@Value("#{jobParameters['gathering']}") String id,
                              @Value("#{jobParameters['fingerprint']}") String fingerprint,
                              Staging staging, Templates templates) throws IOException {
        return new RowProcessor(staging.version(id, fingerprint).plan().tables(), templates.riskFactors(),
                templates.municipalities());
    }

    @Bean
    @StepScope
    StagingWriter stagingWriter(@Value("#{jobParameters['gathering']}") String id,
                                @Value("#{jobParameters['fingerprint']}") String fingerprint, Staging staging) {
        return new StagingWriter(staging.version(id, fingerprint));
    }

    @Bean
    InputScanner inputScanner(Templates templates, SamlingsrapportProperties properties) {
        return new InputScanner(templates.riskFactors(), properties.input());
    }

    @Bean
    Inspector inspector(Templates templates) {
        return new Inspector(templates.riskFactors());
    }
}
