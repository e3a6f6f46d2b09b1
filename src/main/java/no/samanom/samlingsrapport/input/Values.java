package no.samanom.samlingsrapport.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing of the numbers and dates coordinators type, Norwegian decimal comma included. What
 * could be read two ways is not read at all: "1.000" (one, or a thousand?) and "1 0" (ten, or
 * a slip?) are not numbers here, and {@link #problem} says why.
 */
public final class Values {

    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u202F\\u2009\\u2007]");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+([.,]\\d+)?|[.,]\\d+)");
    /** Thousands grouped by spaces, the Norwegian way: "1 234,5", "12 500". */
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}([ \\u00A0\\u202F\\u2009\\u2007]\\d{3})+([.,]\\d+)?");
    /** A point and three digits: a decimal in English, a thousands separator in Danish and German. */
    private static final Pattern POINT_THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    /** "09:00", "9.00", "kl. 9.00": hours, then minutes after a colon or a point. */
    private static final Pattern CLOCK = Pattern.compile("(?:kl\\.?\\s*)?(\\d{1,2})[:.](\\d{2})");
    /** "0900", "900": hours and minutes run together, as the seed's programme writes them. */
    private static final Pattern CLOCK_DIGITS = Pattern.compile("(?:kl\\.?\\s*)?(\\d{1,2})(\\d{2})");
    /** "0,375": Excel's fraction of a day, from a time cell that lost its format. */
    private static final Pattern DAY_FRACTION = Pattern.compile("0?[.,]\\d+");

    /** Day 0 of Excel's 1900 date system, counting its phantom 29 February 1900. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Day 0 of the 1904 date system of old Mac workbooks. */
    private static final LocalDate EXCEL_EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private Values() {
    }

    /** "4,5", "4.5", "1 234,5" (spaces group thousands); empty when not a number, or not one for certain. */
    public static Optional<BigDecimal> decimal(String text) {
        String trimmed = trim(text);
        if (PLAIN.matcher(trimmed).matches() && !POINT_THOUSANDS.matcher(trimmed).matches()) {
            return Optional.of(new BigDecimal(trimmed.replace(',', '.')));
        }
        if (GROUPED.matcher(trimmed).matches()) {
            return Optional.of(new BigDecimal(SPACES.matcher(trimmed).replaceAll("").replace(',', '.')));
        }
        return Optional.empty();
    }

    /** Without spaces of any kind, no-break ones included, at either end. */
    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A whole number in [min, max]; "5,0" counts as 5. Empty otherwise. */
    public static Optional<Integer> whole(String text, int min, int max) {
        return decimal(text)
                .filter(d -> d.stripTrailingZeros().scale() <= 0)
                .filter(d -> d.compareTo(BigDecimal.valueOf(min)) >= 0 && d.compareTo(BigDecimal.valueOf(max)) <= 0)
                .map(BigDecimal::intValueExact);
    }

    /** Why a text that looks like a number is not read as one, or null: for the deviation's reason. */
    public static String problem(String text) {
        String trimmed = text.strip();
        if (POINT_THOUSANDS.matcher(trimmed).matches()) {
            return "Tvetydig tall: punktum med tre sifre etter kan være tusenskille («1.000» = 1000) eller desimal "
                    + "(1,000); skriv tallet uten tusenskille, med desimalkomma";
        }
        if (trimmed.matches(".*\\d[ \\u00A0\\u202F\\u2009\\u2007]+\\d.*") && !GROUPED.matcher(trimmed).matches()) {
            return "Tallet har mellomrom inne i seg; skriv det uten mellomrom";
        }
        return null;
    }

    /**
     * "2013-03-18", "18.03.2013", "18.3.2013" or "18/3/2013"; Excel date cells arrive as ISO. A
     * whole number is an Excel date serial whose cell lost its date format (41351 is 18.03.2013,
     * or 39889 in a workbook of the 1904 date system) when it falls between 1980 and 2100.
     */
    public static Optional<LocalDate> date(String text, boolean date1904) {
        String trimmed = text.strip();
        if (trimmed.matches("\\d{5}")) {
            LocalDate date = (date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH).plusDays(Integer.parseInt(trimmed));
            return date.getYear() >= 1980 && date.getYear() <= 2100 ? Optional.of(date) : Optional.empty();
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

    /**
     * A time of day: "0900", "09:00", "9.00" or "kl. 9.00"; Excel time cells arrive as "09:00". A
     * decimal number below 1 ("0,375") is Excel's fraction of a day (09:00), to the nearest minute.
     * "0.50" has two digits after the point and is read as 00:50, as a clock writes it.
     */
    public static Optional<LocalTime> time(String text) {
        String trimmed = trim(text).toLowerCase(Locale.ROOT);
        Matcher clock = CLOCK.matcher(trimmed);
        if (!clock.matches()) {
            clock = CLOCK_DIGITS.matcher(trimmed);
        }
        if (clock.matches()) {
            int hours = Integer.parseInt(clock.group(1));
            int minutes = Integer.parseInt(clock.group(2));
            return hours < 24 && minutes < 60 ? Optional.of(LocalTime.of(hours, minutes)) : Optional.empty();
        }
        if (DAY_FRACTION.matcher(trimmed).matches()) {
            double day = Double.parseDouble(trimmed.replace(',', '.'));
            return Optional.of(LocalTime.ofSecondOfDay(Math.min(Math.round(day * 1440), 1439) * 60));
        }
        return Optional.empty();
    }
}
