package no.samanom.samlingsrapport.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class TablePlanTest {

    private static final RiskFactors FACTORS = RiskFactors.of("Prioritering av tid | Tid", "Dårlig forankring | Forankring");

    @Test
    void shouldRejectATableThatGivesAColumnItReadsTwiceNamingBoth() {
        assertThatThrownBy(() -> match(Kind.EVALUERING, "respondent", "Terningkast", "forbedring", "terningkast"))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("«terningkast» finnes to ganger: kolonne 2 («Terningkast») og kolonne 4 («terningkast»)");
        assertThatThrownBy(() -> match(Kind.RISIKO, "kommune", "Prioritering av tid", "Tid"))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("risikofaktoren «Prioritering av tid» finnes to ganger");
    }

    @Test
    void shouldSumUpManyUnknownColumnsInOneNote() throws Exception {
        List<String> headers = new ArrayList<>(List.of("kommune", "forventning"));
        IntStream.range(0, 200_000).forEach(i -> headers.add("x" + i));
        List<Deviation> notes = new ArrayList<>();
        TablePlan.match(ref(Kind.FORVENTNINGER), headers, 1, FACTORS, notes);
        assertThat(notes).hasSize(21);
        assertThat(notes.get(20).reason()).isEqualTo("… og 199\u00A0980 ukjente kolonner til, også ignorert");
    }

    @Test
    void shouldBoundTheColumnsItListsWhenATableLacksWhatItNeeds() {
        List<String> headers = new ArrayList<>();
        IntStream.range(0, 5_000).forEach(i -> headers.add("x".repeat(1_000)));
        assertThatThrownBy(() -> TablePlan.match(ref(Kind.FORVENTNINGER), headers, 1, FACTORS, new ArrayList<>()))
                .isInstanceOf(InputFileException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(4_000).contains("(5\u00A0000 kolonner i alt)"));
    }

    @Test
    void shouldAcceptTheHeadingsOfThePrintedFormAndAnySpace() throws Exception {
        TablePlan plan = match(Kind.EVALUERING, "PARAMETER", "SPESIFIKK TILBAKEMELDING (Hva fungerte bra?)",
                "SUKSESSKRITERIER (Hvorfor?)", "MULIGE FORBEDRINGSPUNKT (Hva kunne vært bedre, og hvordan?)",
                "Terningkast\u202F(1-6)");
        assertThat(plan.columns()).containsKeys(Column.PARAMETER, Column.FUNGERTE_BRA, Column.HVORFOR,
                Column.FORBEDRING, Column.TERNINGKAST);
        assertThat(match(Kind.EVALUERING, "Hva fungerte bra?", "Terningkast (1-6)").columns())
                .containsKeys(Column.FUNGERTE_BRA, Column.TERNINGKAST);
        assertThat(match(Kind.RISIKO, "Kommune:", "Gruppens sammensetning (profil, faglig bakgrunn etc.)",
                "Vurdering 1-10", "risikofaktor").columns()).containsKeys(Column.KOMMUNE, Column.VURDERING);
    }

    private static TablePlan match(Kind kind, String... headers) throws InputFileException {
        return TablePlan.match(ref(kind), List.of(headers), 1, RiskFactors.of("Prioritering av tid | Tid",
                "Gruppens sammensetning"), new ArrayList<>());
    }

    private static TableRef ref(Kind kind) {
        return new TableRef(kind, "f.csv", "f.csv", null, null);
    }
}
