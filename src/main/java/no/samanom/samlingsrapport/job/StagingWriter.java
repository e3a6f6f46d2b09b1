package no.samanom.samlingsrapport.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemWriterBuilder;
import org.springframework.batch.infrastructure.item.file.transform.PassThroughLineAggregator;
import org.springframework.core.io.FileSystemResource;

import no.samanom.samlingsrapport.input.ValidatedRow;

/**
 * Appends validated rows and their deviations to the version's staging files. Spring
 * Batch's flat file writers record their position with each commit and truncate back to
 * it on restart, so a killed run neither loses nor repeats rows.
 */
class StagingWriter implements ItemStreamWriter<ValidatedRow> {

    private final FlatFileItemWriter<String> rows;
    private final FlatFileItemWriter<String> deviations;

    StagingWriter(Staging.Version version) {
        this.rows = writer("stagedRows", version.rows());
        this.deviations = writer("stagedDeviations", version.deviations());
    }

    private static FlatFileItemWriter<String> writer(String name, java.nio.file.Path file) {
        return new FlatFileItemWriterBuilder<String>()
                .name(name)
                .resource(new FileSystemResource(file))
                .encoding("UTF-8")
                .lineAggregator(new PassThroughLineAggregator<>())
                .shouldDeleteIfExists(true)
                .build();
    }

    @Override
    public void write(Chunk<? extends ValidatedRow> chunk) throws Exception {
        List<String> rowLines = new ArrayList<>();
        List<String> deviationLines = new ArrayList<>();
        for (ValidatedRow row : chunk) {
            row.rows().forEach(r -> rowLines.add(RowCodec.encode(r)));
            row.deviations().forEach(d -> deviationLines.add(RowCodec.encode(d)));
        }
        rows.write(new Chunk<>(rowLines));
        deviations.write(new Chunk<>(deviationLines));
    }

    @Override
    public void open(ExecutionContext context) {
        rows.open(context);
        deviations.open(context);
    }

    @Override
    public void update(ExecutionContext context) {
        rows.update(context);
        deviations.update(context);
    }

    @Override
    public void close() {
        rows.close();
        deviations.close();
    }
}
