package no.samanom.samlingsrapport.job;

import java.io.IOException;
import java.util.List;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import no.samanom.samlingsrapport.SamlingsrapportProperties;
import no.samanom.samlingsrapport.Templates;
import no.samanom.samlingsrapport.input.InputScanner;
import no.samanom.samlingsrapport.input.Inspector;
import no.samanom.samlingsrapport.input.PlanValidator;
import no.samanom.samlingsrapport.input.TableRow;
import no.samanom.samlingsrapport.input.ValidatedRow;
import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.NetworkSummary;
import no.samanom.samlingsrapport.report.ReportWriter;

/**
 * The two jobs, which go through the same four steps: inspect the source's files, stage its
 * validated rows (one chunk step, shared), aggregate a summary, report it with every writer.
 * A gathering's job: one instance per gathering id and input fingerprint. A network's
 * development report job: one instance per network and the fingerprint of its gatherings'
 * versions and folder files.
 */
@Configuration
class JobConfig {

    static final String GATHERING_JOB = "samlingsrapport";
    static final String NETWORK_JOB = "utviklingsrapport";

    /** The execution context's entry naming the node that ran an execution, for history. */
    static final String NODE = "node";

    @Bean
    Job gatheringJob(JobRepository jobRepository, Step gatheringInspect, Step stage, Step gatheringAggregate,
                     Step gatheringReport, JobExecutionListener nodeStamp) {
        return new JobBuilder(GATHERING_JOB, jobRepository)
                .listener(nodeStamp)
                .start(gatheringInspect)
                .on(InspectTasklet.REJECTED).end(InspectTasklet.REJECTED)
                // a failed inspection ends the job: nothing is read without a plan
                .from(gatheringInspect).on(ExitStatus.FAILED.getExitCode()).fail()
                .from(gatheringInspect).on("*").to(stage)
                .next(gatheringAggregate)
                .next(gatheringReport)
                .end()
                .build();
    }

    @Bean
    Job networkJob(JobRepository jobRepository, Step networkInspect, Step stage, Step networkAggregate,
                   Step networkReport, JobExecutionListener nodeStamp) {
        return new JobBuilder(NETWORK_JOB, jobRepository)
                .listener(nodeStamp)
                .start(networkInspect)
                .on(InspectTasklet.STAGED).to(networkAggregate)
                .from(networkInspect).on(ExitStatus.FAILED.getExitCode()).fail()
                .from(networkInspect).on("*").to(stage)
                .next(networkAggregate)
                .next(networkReport)
                .end()
                .build();
    }

    @Bean
    Step gatheringInspect(Steps steps, InputScanner scanner, Inspector inspector, Staging staging) {
        return steps.tasklet("inspect", new InspectTasklet(scanner::scanOne, inspector, staging, true));
    }

    @Bean
    Step networkInspect(Steps steps, InputScanner scanner, Inspector inspector, Staging staging) {
        return steps.tasklet("inspect", new InspectTasklet(scanner::scanNetwork, inspector, staging, false));
    }

    /** The one read-and-validate loop of both jobs: restartable, a chunk per transaction. */
    @Bean
    Step stage(JobRepository jobRepository, PlatformTransactionManager transactionManager,
               SamlingsrapportProperties properties, PlanItemReader planItemReader,
               PlanItemProcessor planItemProcessor, StagingWriter stagingWriter, StepWatcher watcher) {
        return new StepBuilder("stage", jobRepository)
                .<TableRow, ValidatedRow>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(planItemReader)
                .processor(planItemProcessor)
                .writer(stagingWriter)
                .listener(watcher)
                .build();
    }

    @Bean
    Step gatheringAggregate(Steps steps, AggregateTasklet tasklet) {
        return steps.tasklet("aggregate", tasklet);
    }

    @Bean
    Step networkAggregate(Steps steps, NetworkAggregateTasklet tasklet) {
        return steps.tasklet("aggregate", tasklet);
    }

    @Bean
    Step gatheringReport(Steps steps, GatheringReportSource source, List<ReportWriter<GatheringSummary>> writers,
                         SamlingsrapportProperties properties, Claims claims) {
        return steps.tasklet("report", new ReportTasklet<>(source, writers, properties.output(), claims));
    }

    @Bean
    Step networkReport(Steps steps, NetworkReportSource source, List<ReportWriter<NetworkSummary>> writers,
                       SamlingsrapportProperties properties, Claims claims) {
        return steps.tasklet("report", new ReportTasklet<>(source, writers, properties.output(), claims));
    }

    /** Every execution records the node that ran it (a restart on another node records that one). */
    @Bean
    JobExecutionListener nodeStamp(SamlingsrapportProperties properties) {
        String node = properties.nodeName();
        return new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution execution) {
                execution.getExecutionContext().putString(NODE, node);
            }
        };
    }

    /** Claims in the shared database when there is one; alone, the state lock is claim enough. */
    @Bean
    Claims claims(SamlingsrapportProperties properties, @Value("${spring.datasource.username:}") String user,
                  @Value("${spring.datasource.password:}") String password) {
        return properties.shared()
                ? new DatabaseClaims(properties.database(), user, password, properties.nodeName())
                : Claims.ALONE;
    }

    @Bean
    @StepScope
    PlanItemReader planItemReader(@Value("#{stepExecution}") StepExecution step, Staging staging) throws IOException {
        return new PlanItemReader(StagedParameters.of(step.getJobParameters()).version(staging).plan().tables());
    }

    @Bean
    @StepScope
    PlanItemProcessor planItemProcessor(@Value("#{stepExecution}") StepExecution step, Staging staging,
                                        Templates templates) throws IOException {
        return new PlanItemProcessor(new PlanValidator(StagedParameters.of(step.getJobParameters()).version(staging)
                .plan().tables(), templates.riskFactors(), templates.municipalities()));
    }

    @Bean
    @StepScope
    StagingWriter stagingWriter(@Value("#{stepExecution}") StepExecution step, Staging staging) {
        return new StagingWriter(StagedParameters.of(step.getJobParameters()).version(staging));
    }

    @Bean
    InputScanner inputScanner(Templates templates, SamlingsrapportProperties properties) {
        return new InputScanner(templates.riskFactors(), properties.input());
    }

    @Bean
    Inspector inspector(Templates templates) {
        return new Inspector(templates.riskFactors());
    }

    /** Builds the tasklet steps, each followed by the watcher (failpoints, progress). */
    @Bean
    Steps steps(JobRepository jobRepository, PlatformTransactionManager transactionManager, StepWatcher watcher) {
        return (name, tasklet) -> new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager)
                .listener((StepExecutionListener) watcher).build();
    }

    @FunctionalInterface
    interface Steps {
        Step tasklet(String name, Tasklet tasklet);
    }
}
