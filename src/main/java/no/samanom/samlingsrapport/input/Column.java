package no.samanom.samlingsrapport.input;

import java.util.List;

/** Every column of the input contract, with its Norwegian name first and its aliases. */
public enum Column {
    FELT("felt", "field"),
    VERDI("verdi", "value"),
    KOMMUNE("kommune", "municipality"),
    FORVENTNING("forventning", "forventninger", "expectation"),
    TEMA("tema", "theme"),
    RESPONDENT("respondent", "deltaker", "participant"),
    PARAMETER("parameter", "agendapunkt"),
    FUNGERTE_BRA("fungerte_bra", "hva fungerte bra", "worked_well"),
    HVORFOR("hvorfor", "suksesskriterier", "why"),
    FORBEDRING("forbedring", "forbedringspunkt", "improvement"),
    TERNINGKAST("terningkast", "score", "die_score"),
    RISIKOFAKTOR("risikofaktor", "faktor", "risk_factor"),
    VURDERING("vurdering", "rating"),
    DATO("dato", "date"),
    FASE("fase", "trinn", "stage", "phase"),
    KOMMENTAR("kommentar", "comment"),
    INDIKATOR("indikator", "indicator"),
    MAAL("maal", "mål", "target"),
    SKALA("skala", "scale"),
    KILDE("kilde", "source");

    private final List<String> names;

    Column(String... names) {
        this.names = List.of(names);
    }

    public String displayName() {
        return names.get(0);
    }

    public boolean matches(String header) {
        String key = Names.key(header);
        return names.stream().anyMatch(n -> Names.key(n).equals(key));
    }
}
