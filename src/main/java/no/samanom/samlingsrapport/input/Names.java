package no.samanom.samlingsrapport.input;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds sheet, file, column and factor names to a matching key: case, accents, spaces,
 * underscores and hyphens do not matter, so "Fungerte bra", "fungerte_bra" and
 * "FUNGERTE-BRA" are the same column.
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u200B\\uFEFF_\\-\\u2013\\u2014]+");

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
}
