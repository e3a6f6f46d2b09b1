package no.samanom.samlingsrapport.report;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import no.samanom.samlingsrapport.input.DataRow;
import no.samanom.samlingsrapport.input.Deviation;

/**
 * What a writer renders, for a gathering's report and a network's alike: the summary, the
 * texts and branding to render it with, and the rows, deviations and scores behind it as
 * streams that can be read again, since a large gathering's rows do not fit in memory.
 *
 * @param key     the gathering id or network key: the reports' file names
 * @param created the run's time, used as the documents' creation date so that reports made
 *                from the same input by the same run do not differ
 * @param rows    every normalised row, with the gathering or folder it came from
 * @param scores  the respondents' settled die scores (a gathering's; none for a network)
 */
public record ReportData<S>(String key, S summary, ReportText text, Profile profile, LocalDateTime created,
                            Source<SourcedRow> rows, Source<Deviation> deviations, Source<RespondentScore> scores) {

    @FunctionalInterface
    public interface Source<T> {
        /** A fresh stream from the start; the caller closes it. */
        Stream<T> open() throws IOException;

        static <T> Source<T> of(List<T> items) {
            return items::stream;
        }
    }

    /**
     * A row and where it came from.
     *
     * @param source the gathering id, or the network folder's name
     */
    public record SourcedRow(String source, DataRow row) {
    }
}
