package no.samanom.samlingsrapport.job;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
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
import no.samanom.samlingsrapport.report.Manifest;
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
        List<Path> written = new ArrayList<>();
        try {
            AtomicFiles.removeLeftovers(folder);
            for (ReportWriter writer : writers) {
                Path target = folder.resolve(writer.fileName(parameters.id()));
                if (writer.appliesTo(summary)) {
                    AtomicFiles.write(target, out -> writer.write(data, out));
                    written.add(target);
                } else {
                    // an earlier version's file (say, its deviation list) must not outlive it
                    Files.deleteIfExists(target);
                }
            }
            new Manifest(properties.output()).record(parameters.id(), parameters.fingerprint(), execution.getId(),
                    LocalDateTime.now(), written);
        } catch (IOException e) {
            throw new OutputException("Rapportene kunne ikke skrives i " + folder + ": " + OutputException.reason(e)
                    + ". Samlingen er ikke markert som ferdig og tas på nytt ved neste kjøring.", e);
        }
        execution.getExecutionContext().putString(FILES,
                String.join(", ", written.stream().map(p -> p.getFileName().toString()).toList()));
        return RepeatStatus.FINISHED;
    }

    /** The output folder could not take the reports: full disk, no permission, a file in the way. */
    static final class OutputException extends RuntimeException {
        OutputException(String message, IOException cause) {
            super(message, cause);
        }

        static String reason(IOException e) {
            String detail = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : String.valueOf(e.getMessage());
            if (e instanceof AccessDeniedException) {
                return "ingen skrivetilgang til " + e.getMessage();
            }
            if (detail.contains("No space left")) {
                return "disken er full";
            }
            if (detail.contains("Read-only file system")) {
                return "filsystemet er skrivebeskyttet";
            }
            if (e instanceof FileAlreadyExistsException || detail.contains("Not a directory")) {
                return "en fil står der mappen skal være (" + e.getMessage() + ")";
            }
            return detail;
        }
    }
}
