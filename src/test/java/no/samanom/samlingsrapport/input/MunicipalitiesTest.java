package no.samanom.samlingsrapport.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MunicipalitiesTest {

    private static final Municipalities LIST = shipped();

    @Test
    void shouldMatchAMunicipalityHoweverItIsTyped() {
        assertThat(LIST.canonical("Ørland")).isEqualTo("Ørland");
        assertThat(LIST.canonical("  ørland ")).isEqualTo("Ørland");
        assertThat(LIST.canonical("ØRLAND")).isEqualTo("Ørland");
        assertThat(LIST.canonical("O\u0338rland")).isEqualTo("Ørland"); // Ø as O and a combining stroke
        assertThat(LIST.canonical("Ør\u0007land")).isEqualTo("Ørland"); // a stray control character
        assertThat(LIST.canonical("Ør\u200Bland")).isEqualTo("Ørland"); // a zero-width space
        assertThat(LIST.canonical("Karm\u006F\u0308y")).isEqualTo("Karmöy"); // NFC joins o + diaeresis, not ø
        assertThat(Municipalities.key("Ørland ")).isEqualTo(Municipalities.key("ørland"));
    }

    @Test
    void shouldShowTheListsSpellingTheLatestNameAndFindANameByNumberOrEitherLanguage() {
        assertThat(LIST.canonical("bjugn")).isEqualTo("Bjugn"); // merged into Ørland in 2020, still on the list
        assertThat(LIST.canonical("1149")).isEqualTo("Karmøy");
        assertThat(LIST.canonical("Kautokeino")).isEqualTo("Guovdageaidnu - Kautokeino");
        assertThat(LIST.canonical("Oslo")).isEqualTo("Oslo - Oslove"); // the name valid last
    }

    @Test
    void shouldKeepAnUnknownNameAsTypedAndSuggestTheNearest() {
        assertThat(LIST.canonical(" Karmoy ")).isEqualTo("Karmoy");
        assertThat(LIST.isKnown("Karmoy")).isFalse();
        assertThat(LIST.nearest("Karmoy")).contains("Karmøy");
        assertThat(LIST.nearest("Orland")).contains("Ørland");
        assertThat(LIST.nearest("Prosjektgruppa")).isEmpty();
        assertThat(Municipalities.NONE.canonical("Karmoy")).isEqualTo("Karmoy");
    }

    private static Municipalities shipped() {
        try (InputStream in = MunicipalitiesTest.class.getResourceAsStream("/templates/kommuner.csv")) {
            return Municipalities.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
