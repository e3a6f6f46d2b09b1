package no.samanom.samlingsrapport.input;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every column of the input contract, with its Norwegian name first and its aliases. */
public enum Column {
    FELT("felt", "field"),
    VERDI("verdi", "value"),
    KOMMUNE("kommune", "municipality"),
    FORVENTNING("forventning", "forventninger", "expectation"),
    TEMA("tema", "theme"),
    RESPONDENT("respondent", "deltaker", "participant"),
    PARAMETER("parameter", "agendapunkt"),
    FUNGERTE_BRA("fungerte_bra", "hva fungerte bra", "spesifikk tilbakemelding", "worked_well", "what worked well"),
    HVORFOR("hvorfor", "suksesskriterier", "hvorfor fungerte det bra", "why", "why did it work"),
    FORBEDRING("forbedring", "forbedringspunkt", "mulige forbedringspunkt", "mulige forbedringspunkter",
            "hva kunne vært bedre", "hva kan bli bedre", "improvement", "what could be better"),
    TERNINGKAST("terningkast", "score", "die_score"),
    RISIKOFAKTOR("risikofaktor", "faktor", "risk_factor"),
    VURDERING("vurdering", "rating"),
    DATO("dato", "date"),
    FASE("fase", "trinn", "stage", "phase"),
    KOMMENTAR("kommentar", "comment"),
    INDIKATOR("indikator", "indicator"),
    MAAL("maal", "mål", "target"),
    SKALA("skala", "scale"),
    KILDE("kilde", "source"),
    START("start", "starttid", "fra", "kl", "klokkeslett", "tid", "start time", "from", "time"),
    SLUTT("slutt", "sluttid", "til", "end", "end time", "to", "until"),
    VARIGHET("varighet", "minutter", "min", "duration", "minutes"),
    TITTEL("tittel", "programpunkt", "punkt", "title", "item"),
    FOREDRAGSHOLDER("foredragsholder", "innleder", "speaker", "presenter"),
    ORGANISASJON("organisasjon", "org", "organisation", "organization"),
    TYPE("type", "kind"),
    BESKRIVELSE("beskrivelse", "innhold", "description", "content"),
    // the five headings of the presentations, also as the seed's slide writes them
    STATUS("status", "fremdrift", "status – fremdrift og forventet avslutning", "progress"),
    FORVENTET_AVSLUTNING("forventet avslutning", "avslutning", "expected completion", "completion"),
    FORANKRING("forankring", "hvor og hvordan er prosjektet forankret", "anchoring"),
    RISIKO("risiko", "risikoanalyse", "risikoanalyse – er det noe som hindrer resultatoppnåelse", "risk",
            "risk analysis"),
    GEVINSTER("gevinster", "gevinstrealisering", "hvordan realisere prosjektets gevinster", "benefits",
            "benefit realisation", "benefit realization"),
    MAALING("måling", "maaling", "resultatmåling", "hvordan skal vi måle resultatoppnåelse ved prosjektets slutt",
            "measurement", "measuring results");

    private final List<String> names;
    private final Set<String> keys;

    Column(String... names) {
        this.names = List.of(names);
        this.keys = Arrays.stream(names).map(Names::key).collect(Collectors.toUnmodifiableSet());
    }

    public String displayName() {
        return names.get(0);
    }

    /** A header names this column also as the printed form writes it: "Terningkast (1-6)", "Hva fungerte bra?". */
    public boolean matches(String header) {
        return hasKey(Names.headingKey(header));
    }

    /** The same for a heading's key ({@link Names#headingKey}), computed once per heading. */
    boolean hasKey(String key) {
        return keys.contains(key);
    }
}
