package no.samanom.samlingsrapport.job;

import java.time.LocalDateTime;

import no.samanom.samlingsrapport.report.GatheringSummary.DataBasis;

/**
 * One job execution of one gathering version, as {@code history} lists it.
 *
 * @param status   COMPLETED, FAILED, ... or REJECTED when the job ended by rejecting the input
 * @param basis    rows read, used and rejected, for executions that got as far as aggregating
 * @param files    the report files written
 * @param node     the node that ran the execution
 */
public record HistoryEntry(long execution, LocalDateTime started, LocalDateTime ended, String gathering,
                           String fingerprint, boolean forced, String status, DataBasis basis, String files,
                           String message, String node) {
}
