package no.samanom.samlingsrapport.job;

import java.util.List;

import no.samanom.samlingsrapport.input.Consequence;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.job.GatheringOutcome.Status;
import no.samanom.samlingsrapport.report.GatheringSummary.DataBasis;

/** Every gathering's outcome, what was found in the input outside any gathering, and each network's development report. */
public record RunResult(List<GatheringOutcome> outcomes, List<Deviation> findings, List<NetworkOutcome> networks) {

    /** The job itself failed for a gathering or a network (a full disk, say): it is retried by the next run. */
    public boolean failed() {
        return outcomes.stream().anyMatch(o -> o.status() == Status.FAILED)
                || networks.stream().anyMatch(n -> n.status() == NetworkOutcome.Status.FAILED);
    }

    /** A gathering, a file or a sheet was rejected, or an entry of the input was not read. */
    public boolean rejected() {
        return outcomes.stream().anyMatch(o -> o.status() == Status.REJECTED
                || o.fileProblems().stream().anyMatch(RunResult::isRejection))
                || findings.stream().anyMatch(RunResult::isRejection)
                || networks.stream().anyMatch(n -> n.fileProblems().stream().anyMatch(RunResult::isRejection));
    }

    /** The run in figures, as its last line tells them. */
    public Totals totals() {
        int read = 0;
        int used = 0;
        int deviations = 0;
        for (GatheringOutcome o : outcomes) {
            if (o.summary() != null && !o.unchanged()) {
                DataBasis basis = o.summary().dataBasis();
                read += basis.rowsRead();
                used += basis.rowsUsed();
                deviations += basis.deviations();
            }
        }
        long rejectedFiles = findings.stream().filter(RunResult::isRejection).count()
                + outcomes.stream().mapToLong(o -> o.fileProblems().size()).sum();
        return new Totals(outcomes.size(), count(Status.REPORTED, false), count(Status.REPORTED, true),
                count(Status.REJECTED, false) + count(Status.REJECTED, true), count(Status.FAILED, false),
                count(Status.ELSEWHERE, false), rejectedFiles, read, used, deviations);
    }

    /**
     * @param gatherings    gatherings found
     * @param reported      reported in this run
     * @param unchanged     already reported with the same content: nothing redone
     * @param elsewhere     left to another node sharing the job repository, which was working on them
     * @param rejectedFiles files, sheets and entries not read
     * @param rowsRead      rows read in this run (unchanged gatherings not counted), and of those used
     */
    public record Totals(int gatherings, long reported, long unchanged, long rejected, long failed, long elsewhere,
                         long rejectedFiles,
                         int rowsRead, int rowsUsed, int deviations) {
    }

    private long count(Status status, boolean unchanged) {
        return outcomes.stream().filter(o -> o.status() == status && o.unchanged() == unchanged).count();
    }

    private static boolean isRejection(Deviation deviation) {
        return deviation.consequence() == Consequence.FILE_REJECTED;
    }
}
