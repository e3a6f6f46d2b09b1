package no.samanom.samlingsrapport.report;

/**
 * One respondent's die score, as the workbook lists them under its formulas.
 *
 * @param respondent as written in the input, or null for a row that is its own anonymous respondent
 * @param line       the line (or row) where the score stands (the first, for a repeated one)
 */
public record RespondentScore(String respondent, int line, int score) {
}
