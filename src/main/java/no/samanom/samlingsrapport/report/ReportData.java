package no.samanom.samlingsrapport.report;

import java.io.IOException;
import java.util.stream.Stream;

import no.samanom.samlingsrapport.input.DataRow;
import no.samanom.samlingsrapport.input.Deviation;

/**
 * What a writer renders: the summary, and the rows and deviations behind it as streams that
 * can be read again, since a large gathering's rows do not fit in memory.
 */
public record ReportData(GatheringSummary summary, Source<DataRow> rows, Source<Deviation> deviations) {

    @FunctionalInterface
    public interface Source<T> {
        /** A fresh stream from the start; the caller closes it. */
        Stream<T> open() throws IOException;
    }
}
