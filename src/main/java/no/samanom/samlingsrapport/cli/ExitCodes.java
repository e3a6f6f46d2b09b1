package no.samanom.samlingsrapport.cli;

import no.samanom.samlingsrapport.job.RunResult;

/** The exit statuses; RunCommand's --help and the README list them. */
final class ExitCodes {

    static final int OK = RunResult.OK;
    static final int FAILED = RunResult.FAILED;
    static final int REJECTED = RunResult.REJECTED;
    static final int BUSY = 3;

    private ExitCodes() {
    }
}
