package no.samanom.samlingsrapport.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.support.Failpoints;
import no.samanom.samlingsrapport.SamlingsrapportProperties;
import no.samanom.samlingsrapport.input.TableRow;
import no.samanom.samlingsrapport.input.ValidatedRow;

/**
 * Follows every step: passes the rows staged so far to the run's listener (progress lines)
 * and marks the failpoints a crash test kills at: "gathering/step.before",
 * "gathering/step.after", "gathering/stage.write.N" (chunk N written to the staging files,
 * not committed) and "gathering/stage.chunk.N" (chunk N committed), N counted from the
 * gathering's first row also in a restarted step.
 */
@Component
class StepWatcher implements StepExecutionListener, ChunkListener<TableRow, ValidatedRow>,
        ItemWriteListener<ValidatedRow> {

    private final int chunkSize;
    private volatile RunListener listener = RunListener.NONE;
    private StepExecution current;
    private long rows;
    private long chunksBefore;
    private long chunks;

    StepWatcher(SamlingsrapportProperties properties) {
        this.chunkSize = properties.chunkSize();
    }

    void listenWith(RunListener listener) {
        this.listener = listener;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        current = stepExecution;
        // a restarted step goes on from the rows the killed one committed, kept in its context
        rows = stepExecution.getExecutionContext().getInt(PlanItemReader.NAME + ".read.count", 0);
        chunksBefore = rows / chunkSize;
        chunks = chunksBefore;
        Failpoints.reach(point(stepExecution.getStepName() + ".before"));
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        Failpoints.reach(point(stepExecution.getStepName() + ".after"));
        return null;
    }

    @Override
    public void beforeChunk(Chunk<TableRow> chunk) {
        // runs in the next chunk's transaction, so every chunk counted here is committed
        if (current.getCommitCount() > 0) {
            Failpoints.reach(point("stage.chunk." + (chunksBefore + current.getCommitCount())));
        }
    }

    @Override
    public void afterWrite(Chunk<? extends ValidatedRow> items) {
        rows += items.size();
        chunks++;
        listener.rows(StagedParameters.of(current.getJobParameters()).key(), rows);
        Failpoints.reach(point("stage.write." + chunks));
    }

    private String point(String name) {
        return StagedParameters.of(current.getJobParameters()).key() + "/" + name;
    }
}
