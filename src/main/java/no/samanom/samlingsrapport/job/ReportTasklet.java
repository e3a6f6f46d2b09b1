package no.samanom.samlingsrapport.job;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import no.samanom.samlingsrapport.report.ReportWriter;
import no.samanom.samlingsrapport.support.AtomicFiles;

/**
 * Last step of both jobs: renders the report with every writer of its kind into its output
 * folder, each file under a temporary name first, records the files in the manifest and in the
 * job's context, and turns a full disk or a missing permission into a reason an operator can act on.
 */
class ReportTasklet<S> implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

    static final String FILES = "files";
    private static final Duration MANIFEST_PATIENCE = Duration.ofMinutes(2);

    private final ReportSource<S> source;
    private final List<ReportWriter<S>> writers;
    private final Path output;
    private final Claims claims;

    ReportTasklet(ReportSource<S> source, List<ReportWriter<S>> writers, Path output, Claims claims) {
        this.source = source;
        this.writers = writers;
        this.output = output;
        this.claims = claims;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        ReportSource.Report<S> report = source.report(execution);
        Path folder = output.resolve(report.folder());
        List<Path> written = new ArrayList<>();
        try {
            AtomicFiles.removeLeftovers(folder);
            for (ReportWriter<S> writer : writers) {
                Path target = folder.resolve(writer.fileName(report.data().key()));
                if (writer.appliesTo(report.data().summary())) {
                    long start = System.nanoTime();
                    AtomicFiles.write(target, out -> writer.write(report.data(), out));
                    written.add(target);
                    log.info("Wrote {} in {} ms", target.getFileName(), (System.nanoTime() - start) / 1_000_000);
                } else {
                    // an earlier version's file (say, its deviation list) must not outlive it
                    Files.deleteIfExists(target);
                }
            }
            // other nodes write the same manifest: one at a time reads, changes and replaces it
            try (Claims.Claim manifest = claims.await(Claims.MANIFEST, MANIFEST_PATIENCE).orElseThrow(() ->
                    new IllegalStateException("En annen node har holdt manifest.csv i over "
                            + MANIFEST_PATIENCE.toMinutes() + " minutter."))) {
                new Manifest(output).record(report.folder(), report.fingerprint(), execution.getId(),
                        LocalDateTime.now(), written);
            }
        } catch (IOException e) {
            throw new OutputException("Rapportene kunne ikke skrives i " + folder + ": " + OutputException.reason(e)
                    + ". " + report.subject() + " er ikke markert som ferdig og tas på nytt ved neste kjøring.", e);
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
