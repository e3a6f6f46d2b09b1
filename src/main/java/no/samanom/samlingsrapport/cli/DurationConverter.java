package no.samanom.samlingsrapport.cli;

import java.time.Duration;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Durations the way an operator writes them: 500ms, 5s, 2m, 1h, or a plain number of seconds. */
final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (text.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            }
            long amount = Long.parseLong(text.replaceFirst("[smh]$", ""));
            return switch (text.charAt(text.length() - 1)) {
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new TypeConversionException("«" + value + "» er ikke en varighet; skriv f.eks. 500ms, 5s, 2m eller 1h.");
        }
    }

    static String format(Duration duration) {
        return duration.toMillis() % 1000 != 0 ? duration.toMillis() + " ms" : duration.toSeconds() + " s";
    }
}
