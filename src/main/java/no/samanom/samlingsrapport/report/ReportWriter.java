package no.samanom.samlingsrapport.report;

import java.io.IOException;
import java.io.OutputStream;

/** One output format. Writers render the summary they are given and compute nothing. */
public interface ReportWriter {

    /** The file's name in the gathering's output folder. */
    String fileName(String id);

    /** Whether this gathering gets the file at all (the deviation list only when there are deviations). */
    default boolean appliesTo(GatheringSummary summary) {
        return true;
    }

    void write(ReportData data, OutputStream out) throws IOException;
}
