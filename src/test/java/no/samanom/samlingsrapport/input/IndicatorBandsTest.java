package no.samanom.samlingsrapport.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import no.samanom.samlingsrapport.support.Language;

class IndicatorBandsTest {

    @Test
    void shouldShipRepTraksBandsForTheReputationScore() throws Exception {
        IndicatorBands bands;
        try (InputStream in = IndicatorBandsTest.class.getResourceAsStream("/templates/indikatorbaand.csv")) {
            bands = IndicatorBands.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "indikatorbaand.csv");
        }
        // the seed: "en overordnet omdømmescore på 78,5 som betegnes som «Godt omdømme»"
        assertThat(IndicatorBands.of(bands.of("Omdømmescore"), new BigDecimal("78.5")).orElseThrow().label(Language.NB))
                .isEqualTo("Godt omdømme");
        assertThat(bands.of("omdommescore")).extracting(b -> b.from().intValue()).containsExactly(0, 40, 60, 70, 80);
        assertThat(IndicatorBands.of(bands.of("Omdømmescore"), new BigDecimal("80")).orElseThrow().label(Language.EN))
                .isEqualTo("Excellent reputation");
        assertThat(IndicatorBands.of(bands.of("Omdømmescore"), new BigDecimal("39.9")).orElseThrow().label(Language.NN))
                .isEqualTo("Dårleg omdømme");
        assertThat(bands.source("Omdømmescore")).contains("Reputation Institute, RepTrak");
        assertThat(bands.of("Befolkningsutvikling")).isEmpty();
    }

    @Test
    void shouldNameTheLineOfABandItCannotRead() {
        assertThatThrownBy(() -> IndicatorBands.parse("Omdømmescore;sytti;Godt omdømme", "indikatorbaand.csv"))
                .hasMessageContaining("indikatorbaand.csv, linje 1").hasMessageContaining("«sytti» er ikke et tall");
        assertThatThrownBy(() -> IndicatorBands.parse("# farger\nOmdømmescore;70;Godt;;;grønn", "indikatorbaand.csv"))
                .hasMessageContaining("linje 2").hasMessageContaining("#RRGGBB");
        assertThatThrownBy(() -> IndicatorBands.parse("Omdømmescore;70;Godt\nomdommescore;70;Bra", "b.csv"))
                .hasMessageContaining("linje 2").hasMessageContaining("alt et bånd fra 70");
        assertThatThrownBy(() -> IndicatorBands.parse("Omdømmescore;70", "b.csv")).hasMessageContaining("indikator;fra;navn");
    }
}
