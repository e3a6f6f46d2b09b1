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
    /** Gatherings run in parallel, each on its own thread from its first step to its last. */
    private final ThreadLocal<Watched> current = new ThreadLocal<>();

    StepWatcher(SamlingsrapportProperties properties) {
        this.chunkSize = properties.chunkSize();
    }

    /** The step running on this thread, and how far it has got. */
    private static final class Watched {
        final StepExecution step;
        final String key;
        long rows;
        final long chunksBefore;
        long chunks;

        Watched(StepExecution step, long rows, int chunkSize) {
            this.step = step;
            this.key = StagedParameters.of(step.getJobParameters()).key();
            this.rows = rows;
            this.chunksBefore = rows / chunkSize;
            this.chunks = chunksBefore;
        }

        String point(String name) {
            return key + "/" + name;
        }
    }

    void listenWith(RunListener listener) {
        this.listener = listener;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        // a restarted step goes on from the rows the killed one committed, kept in its context
        Watched watched = new Watched(stepExecution,
                stepExecution.getExecutionContext().getInt(PlanItemReader.NAME + ".read.count", 0), chunkSize);
        current.set(watched);
        Failpoints.reach(watched.point(stepExecution.getStepName() + ".before"));
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        Failpoints.reach(current.get().point(stepExecution.getStepName() + ".after"));
        current.remove();
        return null;
    }

    @Override
    public void beforeChunk(Chunk<TableRow> chunk) {
        // runs in the next chunk's transaction, so every chunk counted here is committed
        Watched watched = current.get();
        if (watched.step.getCommitCount() > 0) {
            Failpoints.reach(watched.point("stage.chunk." + (watched.chunksBefore + watched.step.getCommitCount())));
        }
    }

    @Override
    public void afterWrite(Chunk<? extends ValidatedRow> items) {
        Watched watched = current.get();
        watched.rows += items.size();
        watched.chunks++;
        listener.rows(watched.key, watched.rows);
        Failpoints.reach(watched.point("stage.write." + watched.chunks));
    }
}
