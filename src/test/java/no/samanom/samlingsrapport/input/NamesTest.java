package no.samanom.samlingsrapport.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void shouldIgnoreCaseSpacesUnderscoresHyphensAndAccents() {
        assertThat(Names.key("Fungerte bra")).isEqualTo(Names.key("fungerte_bra")).isEqualTo(Names.key("FUNGERTE-BRA"));
        assertThat(Names.key("Økonomiske utfordringer")).isEqualTo(Names.key("okonomiske_utfordringer"));
        assertThat(Names.key("Dårlig forankring")).isEqualTo(Names.key("darlig forankring"));
        assertThat(Names.key("Manglende lederstøtte")).isEqualTo(Names.key("manglende-lederstotte"));
        assertThat(Names.key("Hvorfor\u00A0")).isEqualTo("hvorfor");
        assertThat(Names.key("Café")).isEqualTo("cafe");
    }

    @Test
    void shouldIgnoreInvisibleAndNarrowSpacesInNames() {
        assertThat(Names.key("Terning\u202Fkast")).isEqualTo("terningkast");
        assertThat(Names.key("terning\u200Bkast\u0007")).isEqualTo("terningkast");
        assertThat(Names.headingKey("Terningkast (1-6)")).isEqualTo("terningkast");
        assertThat(Names.headingKey("Hva fungerte bra?")).isEqualTo("hvafungertebra");
    }

    @Test
    void shouldMatchKindsAndColumnsByNorwegianNameOrEnglishAlias() {
        assertThat(Kind.byName("Evaluering")).contains(Kind.EVALUERING);
        assertThat(Kind.byName("evaluations")).contains(Kind.EVALUERING);
        assertThat(Kind.byName("Risk")).contains(Kind.RISIKO);
        assertThat(Kind.byName("Forventninger")).contains(Kind.FORVENTNINGER);
        assertThat(Kind.byName("notater")).isEmpty();
        assertThat(Column.FUNGERTE_BRA.matches("Worked well")).isTrue();
        assertThat(Column.TERNINGKAST.matches("Terningkast")).isTrue();
        assertThat(Column.KOMMUNE.matches("Municipality")).isTrue();
        assertThat(Column.KOMMUNE.matches("kommunenr")).isFalse();
    }

    @Test
    void shouldMakeIdsSafeForTheOutputFolder() {
        assertThat(SafeId.of("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(SafeId.of("omdømme 2013/03")).isEqualTo("omdømme-2013-03");
        assertThat(SafeId.of("a\u0000b\nc")).isEqualTo("a-b-c");
        assertThat(SafeId.of("..")).isEqualTo("samling");
        assertThat(SafeId.of("C:\\temp")).isEqualTo("C-temp");
        assertThat(SafeId.of("CON")).isEqualTo("CON_");
        assertThat(SafeId.of("aux.2013")).isEqualTo("aux_.2013");
        assertThat(SafeId.of("com1")).isEqualTo("com1_");
        assertThat(SafeId.of("console")).isEqualTo("console");
    }
}
