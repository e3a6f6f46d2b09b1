package no.samanom.samlingsrapport.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.samanom.samlingsrapport.input.Anchoring;
import no.samanom.samlingsrapport.input.DataRow;
import no.samanom.samlingsrapport.input.DataRow.AnchoringRow;
import no.samanom.samlingsrapport.input.DataRow.EvaluationRow;
import no.samanom.samlingsrapport.input.DataRow.IndicatorRow;
import no.samanom.samlingsrapport.input.IndicatorBands;
import no.samanom.samlingsrapport.support.Language;
import no.samanom.samlingsrapport.input.DataRow.MetaRow;
import no.samanom.samlingsrapport.input.DataRow.RiskRow;
import no.samanom.samlingsrapport.input.MetaField;
import no.samanom.samlingsrapport.input.Municipalities;
import no.samanom.samlingsrapport.input.Origin;
import no.samanom.samlingsrapport.input.RiskFactors;
import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.NetworkSummary;
import no.samanom.samlingsrapport.report.NetworkSummary.IndicatorSeries;
import no.samanom.samlingsrapport.report.Profile;

class NetworkSummaryBuilderTest {

    private static final RiskFactors FACTORS = RiskFactors.of("Prioritering av tid", "Dårlig forankring");
    private static final Profile RULES = new Profile("", null, Color.BLACK, Color.BLACK, 1, 2);
    private static final IndicatorBands BANDS = IndicatorBands.parse("""
            indikator;fra;nb;nn;en;farge;kilde
            omdommescore;70;Godt omdømme;Godt omdømme;Strong reputation;#E2EFDA;RepTrak
            Omdømmescore;80;Fremragende omdømme;;;#c6e0b4
            Omdømmescore;0;Dårlig omdømme;Dårleg omdømme;Poor reputation
            """, "bånd.csv");
    private int line = 1;

    @Test
    void shouldCompareTheFirstAndTheLatestGatheringInDateOrderWhateverOrderTheyCome() {
        // the second gathering (September) comes first: date order decides
        GatheringSummary september = gathering("b", "2012-09-16", new int[]{5, 5, 4, 6}, List.of("Mer tid", "Større rom"),
                "Bjugn", 6, 4);
        GatheringSummary february = gathering("a", "2012-02-16", new int[]{4, 5, 3}, List.of("Mer tid"), "Bjugn", 8, 6);

        NetworkSummary summary = build(List.of(version(september), version(february)), List.of());

        assertThat(summary.gatherings()).extracting(m -> m.info().id()).containsExactly("a", "b");
        // (4 + 5 + 3) / 3 = 4,00 then (5 + 5 + 4 + 6) / 4 = 5,00: up 1,00
        assertThat(summary.glance().firstMean()).isEqualByComparingTo("4.00");
        assertThat(summary.glance().latestMean()).isEqualByComparingTo("5.00");
        assertThat(summary.glance().dieScoreChange()).isEqualByComparingTo("1.00");
        assertThat(summary.scored()).hasSize(2);
        // "Mer tid" said by every respondent at both: 3 of 3, then 4 of 4; "Større rom" only once, not recurring
        assertThat(summary.recurringImprovements()).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Mer tid");
            assertThat(r.occurrences()).extracting(o -> o.count() + "/" + o.respondents()).containsExactly("3/3", "4/4");
        });
        // Prioritering av tid: (8 + 6) / 2 = 7,00 first, (6 + 4) / 2 = 5,00 latest: down 2,00
        assertThat(summary.risk().factors()).filteredOn(f -> f.factor().equals("Prioritering av tid")).singleElement()
                .satisfies(f -> {
                    assertThat(f.first()).isEqualByComparingTo("7.00");
                    assertThat(f.latest()).isEqualByComparingTo("5.00");
                    assertThat(f.change()).isEqualByComparingTo("-2.00");
                });
    }

    @Test
    void shouldPlaceEachMunicipalityOnTheLadderAndMeasureItsLatestValueAgainstItsTarget() {
        GatheringSummary only = gathering("a", "2013-03-18", new int[]{5}, List.of(), "Bjugn", 5, 5);
        List<DataRow> folder = List.of(
                new AnchoringRow(origin(), "Karmøy", LocalDate.of(2012, 2, 16), stage(Anchoring.Phase.BEVISSTHET), null),
                new AnchoringRow(origin(), "karmøy ", LocalDate.of(2013, 3, 18), stage(Anchoring.Phase.EIERSKAP), "Ny praksis"),
                indicator("Karmøy", "2013-03-01", "78.5", null),
                indicator("Karmøy", "2015-03-01", null, "80"),
                indicator("Strand", "2012-11-01", "4.8", "4.5"));

        NetworkSummary summary = build(List.of(version(only)), folder);

        // one municipality however it is typed, standing where its latest row puts it
        assertThat(summary.anchoring()).singleElement().satisfies(a -> {
            assertThat(a.history()).hasSize(2);
            assertThat(a.current().stage().phase()).isEqualTo(Anchoring.Phase.EIERSKAP);
        });
        assertThat(summary.glance().phases()).containsExactly(0, 0, 1);
        List<IndicatorSeries> series = summary.indicators().get(0).series();
        // Karmøy: 78,5 against the first target on or after its date, 80: 1,5 short
        assertThat(series.get(0).latest().value()).isEqualByComparingTo("78.5");
        assertThat(series.get(0).status().gap()).isEqualByComparingTo("-1.5");
        assertThat(series.get(0).status().reached()).isFalse();
        // Karmøy's 78,5 is in the band from 70 to 80, whatever the case and accents of the indicator in the file
        assertThat(series.get(0).band().label(Language.NB)).isEqualTo("Godt omdømme");
        assertThat(summary.indicators().get(0).bands()).extracting(b -> b.from().intValue()).containsExactly(0, 70, 80);
        assertThat(summary.indicators().get(0).bands().get(2).en()).isEqualTo("Fremragende omdømme");
        assertThat(summary.indicators().get(0).bands().get(2).colour()).isEqualTo("#C6E0B4");
        assertThat(summary.indicators().get(0).bandSource()).isEqualTo("RepTrak");
        // Strand: 4,8 against 4,5 the same day: reached
        assertThat(series.get(1).status().reached()).isTrue();
        assertThat(summary.glance().reached()).isEqualTo(1);
        assertThat(summary.glance().measured()).isEqualTo(2);
    }

    @Test
    void shouldDecideInTheModelHowManyRecurringPointsAndStatementsTheReportsShow() {
        List<String> points = List.of("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8");
        GatheringSummary first = gathering("a", "2012-02-16", new int[]{5}, points, "Bjugn", 5, 5);
        GatheringSummary second = gathering("b", "2012-09-16", new int[]{5}, points, "Bjugn", 5, 5);

        NetworkSummary summary = build(List.of(version(first), version(second)), List.of());

        // two statements a cell: the reports list three cells' worth of recurring points, six, and say two more
        assertThat(summary.recurringImprovements()).hasSize(8);
        assertThat(summary.shownRecurring()).hasSize(6);
        assertThat(summary.moreRecurring()).isEqualTo(2);
        assertThat(summary.cell(first.evaluation().parameters().get(0).improvements()).more()).isEqualTo(6);
    }

    private NetworkSummary build(List<NetworkSummaryBuilder.Version> versions, List<DataRow> folder) {
        return new NetworkSummaryBuilder("omdomme", "omdomme", RULES.statementsPerCell(), BANDS)
                .build(versions, folder, null);
    }

    private static NetworkSummaryBuilder.Version version(GatheringSummary summary) {
        return new NetworkSummaryBuilder.Version(summary, "fp-" + summary.info().id(), List.of());
    }

    /** A gathering of the network with one evaluation row and score per respondent, and two risk ratings. */
    private GatheringSummary gathering(String id, String from, int[] scores, List<String> improvements,
                                       String municipality, int... ratings) {
        SummaryBuilder builder = new SummaryBuilder(FACTORS, Municipalities.NONE, RULES);
        builder.add(new MetaRow(origin(), MetaField.NETTVERK, "Omdømme"));
        builder.add(new MetaRow(origin(), MetaField.FRA, from));
        for (int r = 0; r < scores.length; r++) {
            builder.add(new EvaluationRow(origin(), "R" + r, municipality, "Generelt", List.of(), List.of(),
                    improvements, scores[r]));
        }
        List<DataRow> risk = new ArrayList<>();
        for (int r = 0; r < ratings.length; r++) {
            risk.add(new RiskRow(origin(), municipality, "R" + r, "Prioritering av tid", ratings[r]));
        }
        risk.forEach(builder::add);
        return builder.build(id, List.of());
    }

    private IndicatorRow indicator(String municipality, String date, String value, String target) {
        return new IndicatorRow(origin(), municipality, "Omdømmescore", LocalDate.parse(date),
                value == null ? null : new BigDecimal(value), target == null ? null : new BigDecimal(target), "0-100", null);
    }

    private static Anchoring.Stage stage(Anchoring.Phase phase) {
        return new Anchoring.Stage(phase, null);
    }

    private Origin origin() {
        return new Origin("rader.csv", null, line++);
    }
}
