package no.samanom.samlingsrapport.network;

import java.time.LocalDateTime;
import java.util.List;

import no.samanom.samlingsrapport.input.DataRow;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.report.Profile;
import no.samanom.samlingsrapport.report.ReportText;

/**
 * What a development report writer renders: the summary, the texts and branding, and the
 * anchoring and result rows behind it with where each came from (they are few, unlike a
 * gathering's evaluation rows).
 *
 * @param rows       every anchoring and result row, by its gathering or network folder
 * @param deviations what was not used of the network folder's own files
 */
public record NetworkReportData(NetworkSummary summary, ReportText text, Profile profile, LocalDateTime created,
                                List<SourcedRow> rows, List<Deviation> deviations) {

    /** @param source the gathering id, or the network folder's name */
    public record SourcedRow(String source, DataRow row) {
    }
}
