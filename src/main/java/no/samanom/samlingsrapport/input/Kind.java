package no.samanom.samlingsrapport.input;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of table a gathering arrives with: one file or sheet each. */
public enum Kind {
    SAMLING(List.of("samling", "gathering"),
            List.of(Column.FELT, Column.VERDI)),
    FORVENTNINGER(List.of("forventninger", "forventning", "expectations", "expectation"),
            List.of(Column.KOMMUNE, Column.FORVENTNING, Column.TEMA)),
    EVALUERING(List.of("evaluering", "evalueringer", "evaluation", "evaluations"),
            List.of(Column.RESPONDENT, Column.KOMMUNE, Column.PARAMETER, Column.FUNGERTE_BRA,
                    Column.HVORFOR, Column.FORBEDRING, Column.TERNINGKAST)),
    RISIKO(List.of("risiko", "risk", "risikovurdering", "riskratings"),
            List.of(Column.KOMMUNE, Column.RESPONDENT, Column.RISIKOFAKTOR, Column.VURDERING)),
    FORANKRING(List.of("forankring", "anchoring"),
            List.of(Column.KOMMUNE, Column.DATO, Column.FASE, Column.KOMMENTAR)),
    RESULTATER(List.of("resultater", "resultat", "resultatindikatorer", "indikatorer", "results"),
            List.of(Column.KOMMUNE, Column.INDIKATOR, Column.DATO, Column.VERDI, Column.MAAL, Column.SKALA,
                    Column.KILDE)),
    PROGRAM(List.of("program", "programme", "agenda"),
            List.of(Column.DATO, Column.START, Column.SLUTT, Column.VARIGHET, Column.TITTEL, Column.FOREDRAGSHOLDER,
                    Column.ORGANISASJON, Column.TYPE, Column.BESKRIVELSE)),
    PROSJEKTSTATUS(List.of("prosjektstatus", "prosjekter", "presentasjoner", "project status", "projects"),
            List.of(Column.KOMMUNE, Column.STATUS, Column.FORVENTET_AVSLUTNING, Column.FORANKRING, Column.RISIKO,
                    Column.GEVINSTER, Column.MAALING));

    private final List<String> names;
    private final List<Column> columns;

    Kind(List<String> names, List<Column> columns) {
        this.names = names;
        this.columns = columns;
    }

    /** The Norwegian name, used for files, sheets and messages. */
    public String displayName() {
        return names.get(0);
    }

    public List<String> names() {
        return names;
    }

    public List<Column> columns() {
        return columns;
    }

    /** Kinds that carry a gathering report's data; a gathering needs at least one of them. */
    public boolean isData() {
        return this == FORVENTNINGER || this == EVALUERING || this == RISIKO;
    }

    /**
     * Kinds that follow a network over time (anchoring stages, result indicators): they may come
     * with a gathering or on their own in a network folder, and go into the development report.
     */
    public boolean isNetwork() {
        return this == FORANKRING || this == RESULTATER;
    }

    public static Optional<Kind> byName(String name) {
        String key = Names.key(name);
        return Arrays.stream(values())
                .filter(kind -> kind.names.stream().anyMatch(n -> Names.key(n).equals(key)))
                .findFirst();
    }

    public static String knownNames() {
        return String.join(", ", Arrays.stream(values()).map(Kind::displayName).toList());
    }
}
