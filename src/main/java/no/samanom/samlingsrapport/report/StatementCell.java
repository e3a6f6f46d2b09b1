package no.samanom.samlingsrapport.report;

import java.util.List;

import no.samanom.samlingsrapport.report.GatheringSummary.Statement;

/**
 * What one table cell shows of a list of statements, the same in every format: the most
 * frequent first, at most the profile's number of them, and how many are left out
 * ("… og 37 andre utsagn"). A spreadsheet cell holds 32,767 characters; statements longer than
 * that together are cut there visibly by the workbook, the one format with such a limit.
 */
public record StatementCell(List<Statement> shown, int more) {

    /** @param max at most this many, most frequent first (the list is in that order) */
    public static StatementCell of(List<Statement> statements, int max) {
        List<Statement> shown = List.copyOf(statements.subList(0, Math.min(max, statements.size())));
        return new StatementCell(shown, statements.size() - shown.size());
    }
}
