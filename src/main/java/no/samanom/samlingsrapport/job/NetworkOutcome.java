package no.samanom.samlingsrapport.job;

import java.time.LocalDateTime;
import java.util.List;

import no.samanom.samlingsrapport.input.Deviation;

/**
 * What became of one network's development report in a run.
 *
 * @param unchanged  none of its gatherings or files changed since the report was made; nothing was redone
 * @param when       when the report was made
 * @param gatherings how many gatherings it covers
 * @param files      the files written, relative to the output folder
 * @param fileProblems files (or sheets) of the network folder that were rejected
 * @param message    why the report failed, or a note about its network folder
 */
public record NetworkOutcome(String key, String name, Status status, boolean unchanged, LocalDateTime when,
                             int gatherings, List<String> files, List<Deviation> fileProblems, String message) {

    public enum Status { REPORTED, FAILED }
}
