package no.samanom.samlingsrapport.job;

import java.util.List;

import no.samanom.samlingsrapport.input.Consequence;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.network.NetworkOutcome;

/** Every gathering's outcome, what was found in the input outside any gathering, and each network's development report. */
public record RunResult(List<GatheringOutcome> outcomes, List<Deviation> findings, List<NetworkOutcome> networks) {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int REJECTED = 2;

    /** 1 if the job itself failed anywhere; else 2 if a file or gathering was rejected; else 0. */
    public int exitCode() {
        if (outcomes.stream().anyMatch(o -> o.status() == GatheringOutcome.Status.FAILED)
                || networks.stream().anyMatch(n -> n.status() == NetworkOutcome.Status.FAILED)) {
            return FAILED;
        }
        boolean rejected = outcomes.stream().anyMatch(o -> o.status() == GatheringOutcome.Status.REJECTED
                || o.fileProblems().stream().anyMatch(RunResult::isRejection))
                || findings.stream().anyMatch(RunResult::isRejection)
                || networks.stream().anyMatch(n -> n.fileProblems().stream().anyMatch(RunResult::isRejection));
        return rejected ? REJECTED : OK;
    }

    private static boolean isRejection(Deviation deviation) {
        return deviation.consequence() == Consequence.FILE_REJECTED;
    }
}
