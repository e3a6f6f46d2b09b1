package no.samanom.samlingsrapport.support;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The report languages: bokmål (the default), nynorsk (the programme's own) and English. */
public enum Language {
    NB("nb", "nb-NO", "414", "bokmål", "bokmal", "norsk"),
    NN("nn", "nn-NO", "814", "nynorsk"),
    EN("en", "en", "809", "english", "engelsk");

    private final String code;
    private final String tag;
    private final String excelLocale;
    private final String[] aliases;

    Language(String code, String tag, String excelLocale, String... aliases) {
        this.code = code;
        this.tag = tag;
        this.excelLocale = excelLocale;
        this.aliases = aliases;
    }

    /** The locale prefix of a spreadsheet number format: "[$-414]0.00" shows 4,80 in any locale's Excel. */
    public String excelLocale() {
        return "[$-" + excelLocale + "]";
    }

    public String code() {
        return code;
    }

    /** The PDF's /Lang and the XMP dc:language. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** "nb", "nynorsk", "English" ... as a coordinator or operator might write it. */
    public static Optional<Language> of(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(l -> l.code.equals(key) || l.tag.equalsIgnoreCase(key) || Arrays.asList(l.aliases).contains(key))
                .findFirst();
    }
}
