package no.samanom.samlingsrapport.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parsing of the numbers and dates coordinators type, Norwegian decimal comma included. */
public final class Values {

    private static final Pattern GROUPING = Pattern.compile("[\\s\\u00A0\\u202F]");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    /** Day 0 of Excel's 1900 date system, counting its phantom 29 February 1900. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private Values() {
    }

    /** "4,5", "4.5", "1 234,5" (spaces group thousands); empty when not a number. */
    public static Optional<BigDecimal> decimal(String text) {
        String cleaned = GROUPING.matcher(text.strip()).replaceAll("").replace(',', '.');
        if (cleaned.isEmpty() || !cleaned.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(cleaned));
    }

    /** A whole number in [min, max]; "5,0" counts as 5. Empty otherwise. */
    public static Optional<Integer> whole(String text, int min, int max) {
        return decimal(text)
                .filter(d -> d.stripTrailingZeros().scale() <= 0)
                .filter(d -> d.compareTo(BigDecimal.valueOf(min)) >= 0 && d.compareTo(BigDecimal.valueOf(max)) <= 0)
                .map(BigDecimal::intValueExact);
    }

    /**
     * "2013-03-18", "18.03.2013", "18.3.2013" or "18/3/2013"; Excel date cells arrive as ISO. A
     * whole number between 30000 and 60000 is an Excel date serial whose cell lost its date
     * format (41351 is 18.03.2013).
     */
    public static Optional<LocalDate> date(String text) {
        String trimmed = text.strip();
        if (trimmed.matches("\\d{5}")) {
            int serial = Integer.parseInt(trimmed);
            return serial >= 30_000 && serial <= 60_000
                    ? Optional.of(EXCEL_EPOCH.plusDays(serial)) : Optional.empty();
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(trimmed, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
