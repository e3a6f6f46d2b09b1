package no.samanom.samlingsrapport.input;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cell may hold several statements, one per line or bullet, as coordinators paste them
 * from slides ("• God planlegging\n• Godt lederskap"). Each becomes a statement of its own.
 */
public final class Statements {

    private static final Pattern LINES = Pattern.compile("\\R");
    private static final String BULLET_CHARS = "•·▪◦●■□➢►-*–";
    private static final Pattern BULLET = Pattern.compile("^(?:[•·▪◦●■□➢►]\\s*|[-*–]\\s+)");

    private Statements() {
    }

    public static List<String> split(String cell) {
        String single = cell.strip();
        if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0
                && (single.isEmpty() || BULLET_CHARS.indexOf(single.charAt(0)) < 0)) {
            return single.isEmpty() ? List.of() : List.of(single); // the common case, without regular expressions
        }
        return Arrays.stream(LINES.split(cell))
                .map(line -> BULLET.matcher(line.strip()).replaceFirst("").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
