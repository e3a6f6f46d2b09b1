package no.samanom.samlingsrapport.job;

import java.time.LocalDateTime;
import java.util.List;

import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.report.GatheringSummary;

/**
 * What became of one gathering in a run.
 *
 * @param source       the gathering's workbook or folder
 * @param fingerprint  SHA-256 over its input files: with the id, the version
 * @param unchanged    the same content was handled by an earlier run; nothing was redone
 * @param when         when that content was handled
 * @param summary      the figures, for reported gatherings
 * @param fileProblems files (or sheets) of the gathering that were rejected or not read
 * @param message      why a gathering was rejected or failed
 */
public record GatheringOutcome(String id, String source, String fingerprint, Status status, boolean unchanged,
                               LocalDateTime when, GatheringSummary summary, List<Deviation> fileProblems,
                               String message, List<String> files) {

    /** ELSEWHERE: another node sharing the job repository was working on the gathering; it reports it. */
    public enum Status { REPORTED, REJECTED, FAILED, ELSEWHERE }
}
