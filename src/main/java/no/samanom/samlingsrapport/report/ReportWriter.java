package no.samanom.samlingsrapport.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One output format of one kind of report: a gathering's ({@code S} is {@link GatheringSummary})
 * or a network's ({@link NetworkSummary}). Writers render the summary they are given and decide
 * nothing: every figure, cap, order and label comes from the summary.
 */
public interface ReportWriter<S> {

    /** The file's name in the report's output folder. */
    String fileName(String key);

    /** Whether this report gets the file at all (the deviation list only when there are deviations). */
    default boolean appliesTo(S summary) {
        return true;
    }

    void write(ReportData<S> data, OutputStream out) throws IOException;
}
