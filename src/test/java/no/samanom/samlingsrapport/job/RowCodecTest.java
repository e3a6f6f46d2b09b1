package no.samanom.samlingsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.samanom.samlingsrapport.input.Anchoring;
import no.samanom.samlingsrapport.input.Consequence;
import no.samanom.samlingsrapport.input.DataRow;
import no.samanom.samlingsrapport.input.DataRow.AnchoringRow;
import no.samanom.samlingsrapport.input.DataRow.EvaluationRow;
import no.samanom.samlingsrapport.input.DataRow.ExpectationRow;
import no.samanom.samlingsrapport.input.DataRow.IndicatorRow;
import no.samanom.samlingsrapport.input.DataRow.MetaRow;
import no.samanom.samlingsrapport.input.DataRow.ProgrammeRow;
import no.samanom.samlingsrapport.input.DataRow.ProjectStatusRow;
import no.samanom.samlingsrapport.input.DataRow.RiskRow;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.input.MetaField;
import no.samanom.samlingsrapport.input.Origin;
import no.samanom.samlingsrapport.input.ProgrammeItemType;

class RowCodecTest {

    @Test
    void shouldRoundTripEveryRowKindWithAwkwardText() {
        Origin origin = new Origin("evalu\tering.csv", "Ark 1", 12);
        List<DataRow> rows = List.of(
                new MetaRow(origin, MetaField.TITTEL, "Tittel med \\ og \n"),
                new ExpectationRow(origin, "Ørland", "Tekst\tmed tab", null),
                new EvaluationRow(new Origin("e.csv", null, 3), null, "Bjugn", "Generelt",
                        List.of("a\u001Fb", "c\\n"), List.of(), List.of("\\0", ""), 5),
                new EvaluationRow(origin, "R1", null, null, List.of(), List.of("x"), List.of(), null),
                new RiskRow(origin, "Karmøy", null, "Annet", 10),
                new AnchoringRow(origin, "Bjugn", LocalDate.of(2013, 3, 18),
                        new Anchoring.Stage(Anchoring.Phase.AKSEPT, Anchoring.Step.ENGASJEMENT), "Ny\tpraksis\n"),
                new AnchoringRow(origin, "Gamvik", LocalDate.of(2012, 2, 16), new Anchoring.Stage(Anchoring.Phase.EIERSKAP, null), null),
                new IndicatorRow(origin, "Karmøy", "Omdømmescore", LocalDate.of(2013, 3, 1), new BigDecimal("78.5"),
                        null, "0-100", "Reputation\tInstitute"),
                new IndicatorRow(origin, "Karmøy", "Omdømmescore", LocalDate.of(2015, 3, 1), null, new BigDecimal("80"),
                        null, null),
                new ProgrammeRow(origin, LocalDate.of(2013, 3, 18), LocalTime.of(14, 45), LocalTime.of(15, 45),
                        "Forsknings\tseminar", "Gjeste\nforsker", null, ProgrammeItemType.GRUPPEARBEID,
                        List.of("Gruppen får 5 minutter til å finne case.", "Deretter\tdeler gruppen erfaringer (10 min).")),
                new ProgrammeRow(origin, LocalDate.of(2013, 3, 19), LocalTime.of(13, 0), null, "Lunsj", null, null, null,
                        List.of()),
                new ProjectStatusRow(origin, "Strand", List.of("I rute"), "desember\t2013", null, List.of(),
                        List.of("Tid\nog ressurser"), List.of(), List.of("Omdømmemåling")),
                new ProjectStatusRow(origin, "Bjugn", List.of(), "2013-12-31", LocalDate.of(2013, 12, 31),
                        List.of("Kommunestyret"), List.of(), List.of("Ny praksis"), List.of()));
        for (DataRow row : rows) {
            assertThat(RowCodec.decodeRow(RowCodec.encode(row))).isEqualTo(row);
            assertThat(RowCodec.encode(row)).doesNotContain("\n");
        }
    }

    @Test
    void shouldRoundTripDeviations() {
        Deviation deviation = new Deviation("f.csv", null, 0, "", "=HYPERLINK(\"x\")", "Årsak;\nlinje", Consequence.FILE_REJECTED);
        assertThat(RowCodec.decodeDeviation(RowCodec.encode(deviation))).isEqualTo(deviation);
    }
}
