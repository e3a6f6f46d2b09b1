package no.samanom.samlingsrapport.cli;

import no.samanom.samlingsrapport.job.RunResult;

/** The exit statuses, with the texts every command's --help lists (and the README repeats). */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int REJECTED = 2;
    static final int BUSY = 3;

    static final String OK_TEXT = "0:Alle samlinger er rapportert eller uendret (radavvik står i rapportene).";
    static final String FAILED_TEXT = "1:Jobben feilet for minst én samling (den tas på nytt ved neste kjøring).";
    static final String REJECTED_TEXT = "2:En fil eller samling ble avvist (de andre er rapportert), eller kommandoen var feil.";
    static final String BUSY_TEXT = "3:En annen kjøring bruker tilstandsmappen.";

    private ExitCodes() {
    }

    /** 1 if the job itself failed anywhere; else 2 if a file or gathering was rejected; else 0. */
    static int of(RunResult result) {
        return result.failed() ? FAILED : result.rejected() ? REJECTED : OK;
    }
}
