package no.samanom.samlingsrapport.cli;

import no.samanom.samlingsrapport.job.RunResult;

/** The exit statuses, with the texts every command's --help lists (and the README repeats). */
final class ExitCodes {

    static final int OK = RunResult.OK;
    static final int FAILED = RunResult.FAILED;
    static final int REJECTED = RunResult.REJECTED;
    static final int BUSY = 3;

    static final String OK_TEXT = "0:Alle samlinger er rapportert eller uendret (radavvik står i rapportene).";
    static final String FAILED_TEXT = "1:Jobben feilet for minst én samling (den tas på nytt ved neste kjøring).";
    static final String REJECTED_TEXT = "2:En fil eller samling ble avvist (de andre er rapportert), eller kommandoen var feil.";
    static final String BUSY_TEXT = "3:En annen kjøring bruker tilstandsmappen.";

    private ExitCodes() {
    }
}
