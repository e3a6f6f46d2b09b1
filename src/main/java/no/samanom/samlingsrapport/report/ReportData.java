package no.samanom.samlingsrapport.report;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import no.samanom.samlingsrapport.input.DataRow;
import no.samanom.samlingsrapport.input.Deviation;

/**
 * What a writer renders: the summary, the texts and branding to render it with, and the rows
 * and deviations behind it as streams that can be read again, since a large gathering's rows
 * do not fit in memory.
 *
 * @param created the run's time, used as the documents' creation date so that reports made
 *                from the same input by the same run do not differ
 */
public record ReportData(GatheringSummary summary, ReportText text, Profile profile, LocalDateTime created,
                         Source<DataRow> rows, Source<Deviation> deviations, Source<RespondentScore> scores) {

    @FunctionalInterface
    public interface Source<T> {
        /** A fresh stream from the start; the caller closes it. */
        Stream<T> open() throws IOException;
    }
}
