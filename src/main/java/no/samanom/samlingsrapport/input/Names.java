package no.samanom.samlingsrapport.input;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds sheet, file, column and factor names to a matching key: case, accents, spaces of
 * every kind, underscores, hyphens and invisible characters do not matter, so
 * "Fungerte bra", "fungerte_bra" and "FUNGERTE-BRA" are the same column.
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}\\p{Cf}\\p{Cc}_\\-\\u2010-\\u2015]+");
    /**
     * What the printed form adds to a heading: a parenthesis ("Terningkast (1-6)", "SUKSESSKRITERIER
     * (Hvorfor)"), a scale ("Vurdering 1-10") and a question or colon at the end ("Hva fungerte bra?").
     */
    private static final Pattern FORM_DECORATION = Pattern.compile(
            "\\([^)]*\\)|\\s\\d+\\s*[-–]\\s*\\d+\\s*$|[?:.*]+\\s*$");

    private Names() {
    }

    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String folded = name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("å", "a");
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(folded).replaceAll("");
    }

    /** The key of a heading as the printed form writes it, its parenthesis, scale and question mark left out. */
    public static String headingKey(String heading) {
        if (heading == null) {
            return "";
        }
        String plain = FORM_DECORATION.matcher(heading.strip()).replaceAll(" ").strip();
        plain = FORM_DECORATION.matcher(plain).replaceAll(" ");
        String key = key(plain);
        return key.isEmpty() ? key(heading) : key;
    }
}
