package no.samanom.samlingsrapport.report;

import java.awt.Color;

/**
 * A network's branding and report rules, from {@code templates/profil.properties}.
 *
 * @param organisation        who publishes the reports: the PDF's author, the logo's alt text
 * @param logo                PNG or JPEG bytes, or null for none
 * @param accent              headings, table headers and chart bars
 * @param highlight           what the reader should see first: the greatest risk
 * @param smallGroupThreshold a municipality with fewer respondents than this is not shown on its own
 * @param statementsPerCell   at most this many statements per table cell, most frequent first
 */
public record Profile(String organisation, byte[] logo, Color accent, Color highlight, int smallGroupThreshold,
                      int statementsPerCell) {
}
