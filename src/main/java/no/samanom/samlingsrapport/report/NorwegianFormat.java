package no.samanom.samlingsrapport.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import no.samanom.samlingsrapport.report.GatheringSummary.GatheringInfo;
import no.samanom.samlingsrapport.report.GatheringSummary.Statement;

/** How figures, dates and grouped statements read in every report: "4,80", "(6 av 10)". */
public final class NorwegianFormat {

    public static final Locale LOCALE = Locale.forLanguageTag("nb-NO");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM uuuu", LOCALE);

    private NorwegianFormat() {
    }

    /** Two decimals with a decimal comma: 4.8 is "4,80". */
    public static String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(LOCALE));
        return format.format(value);
    }

    /** As few decimals as the value needs: 5 is "5", 4.5 is "4,5". */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(LOCALE));
        return format.format(value);
    }

    /** A statement as the seed shows it: "(6 av 10)" after a statement more than one respondent made. */
    public static String statement(Statement statement, int respondents) {
        return statement.count() > 1
                ? statement.text() + " (" + statement.count() + " av " + respondents + ")"
                : statement.text();
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "16. februar 2012" or "16.–17. februar 2012"; empty when no date is known. */
    public static String dates(GatheringInfo info) {
        LocalDate from = info.from();
        LocalDate to = info.to();
        if (from == null || to == null || from.equals(to)) {
            return date(from != null ? from : to);
        }
        if (from.getYear() != to.getYear()) {
            return date(from) + "–" + date(to);
        }
        if (from.getMonth() != to.getMonth()) {
            return DateTimeFormatter.ofPattern("d. MMMM", LOCALE).format(from) + "–" + date(to);
        }
        return from.getDayOfMonth() + ".–" + date(to);
    }
}
