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

    /** "2013-03-18", "18.03.2013", "18.3.2013" or "18/3/2013"; Excel date cells arrive as ISO. */
    public static Optional<LocalDate> date(String text) {
        String trimmed = text.strip();
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
