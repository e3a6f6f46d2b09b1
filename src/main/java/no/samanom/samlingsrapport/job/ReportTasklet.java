package no.samanom.samlingsrapport.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.SamlingsrapportProperties;
import no.samanom.samlingsrapport.Templates;
import no.samanom.samlingsrapport.report.AtomicFiles;
import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.Language;
import no.samanom.samlingsrapport.report.ReportData;
import no.samanom.samlingsrapport.report.ReportWriter;

/**
 * Last step: renders the summary with every writer into the gathering's output folder, each
 * file under a temporary name first, and records what it wrote in the job's context.
 */
@Component
class ReportTasklet implements Tasklet {

    static final String FILES = "files";

    private final Staging staging;
    private final SamlingsrapportProperties properties;
    private final Templates templates;
    private final List<ReportWriter> writers;

    ReportTasklet(Staging staging, SamlingsrapportProperties properties, Templates templates, List<ReportWriter> writers) {
        this.staging = staging;
        this.properties = properties;
        this.templates = templates;
        this.writers = writers;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        GatheringParameters parameters = GatheringParameters.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
        Staging.Version version = staging.version(parameters.id(), parameters.fingerprint());
        GatheringSummary summary = version.summary();
        // a gathering's own `språk` wins over the run's --language
        Language language = summary.info().language() != null
                ? Language.of(summary.info().language()).orElse(properties.language()) : properties.language();
        JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        ReportData data = new ReportData(summary, templates.text(language), templates.profile(),
                execution.getStartTime(), version::stagedRows, version::allDeviations, version::scores);
        Path folder = properties.output().resolve(parameters.id());
        AtomicFiles.removeLeftovers(folder);
        List<String> written = new ArrayList<>();
        for (ReportWriter writer : writers) {
            Path target = folder.resolve(writer.fileName(parameters.id()));
            if (writer.appliesTo(summary)) {
                AtomicFiles.write(target, out -> writer.write(data, out));
                written.add(target.getFileName().toString());
            } else {
                // an earlier version's file (say, its deviation list) must not outlive it
                Files.deleteIfExists(target);
            }
        }
        execution.getExecutionContext().putString(FILES, String.join(", ", written));
        return RepeatStatus.FINISHED;
    }
}
