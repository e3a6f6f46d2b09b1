package no.samanom.samlingsrapport.input;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The fields a `samling` table may give, Norwegian name first. */
public enum MetaField {
    ID(false, "id"),
    TITTEL(false, "tittel", "title"),
    NETTVERK(false, "nettverk", "network"),
    NUMMER(false, "nummer", "number"),
    FRA(false, "fra", "from"),
    TIL(false, "til", "to"),
    STED(false, "sted", "place"),
    TEMA(true, "tema", "theme"),
    SPRAAK(false, "språk", "language", "maalform", "målform"),
    NESTE_FRA(false, "neste fra", "next from"),
    NESTE_TIL(false, "neste til", "next to"),
    NESTE_STED(false, "neste sted", "next place"),
    NESTE_TEMA(true, "neste tema", "next theme"),
    NESTE_MERKNAD(true, "neste merknad", "next note");

    private final boolean repeatable;
    private final List<String> names;

    MetaField(boolean repeatable, String... names) {
        this.repeatable = repeatable;
        this.names = List.of(names);
    }

    public boolean repeatable() {
        return repeatable;
    }

    public boolean isDate() {
        return this == FRA || this == TIL || this == NESTE_FRA || this == NESTE_TIL;
    }

    public String displayName() {
        return names.get(0);
    }

    public static Optional<MetaField> byName(String name) {
        String key = Names.headingKey(name);
        return Arrays.stream(values())
                .filter(f -> f.names.stream().anyMatch(n -> Names.key(n).equals(key)))
                .findFirst();
    }

    public static String knownNames() {
        return String.join(", ", Arrays.stream(values()).map(MetaField::displayName).toList());
    }
}
