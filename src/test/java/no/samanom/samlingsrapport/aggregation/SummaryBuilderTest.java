package no.samanom.samlingsrapport.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.samanom.samlingsrapport.input.Anchoring;
import no.samanom.samlingsrapport.input.Consequence;
import no.samanom.samlingsrapport.input.DataRow.AnchoringRow;
import no.samanom.samlingsrapport.input.DataRow.EvaluationRow;
import no.samanom.samlingsrapport.input.DataRow.ExpectationRow;
import no.samanom.samlingsrapport.input.DataRow.MetaRow;
import no.samanom.samlingsrapport.input.DataRow.ProgrammeRow;
import no.samanom.samlingsrapport.input.DataRow.ProjectStatusRow;
import no.samanom.samlingsrapport.input.MetaField;
import no.samanom.samlingsrapport.input.DataRow.RiskRow;
import no.samanom.samlingsrapport.input.Origin;
import no.samanom.samlingsrapport.input.ProgrammeItemType;
import no.samanom.samlingsrapport.input.Municipalities;
import no.samanom.samlingsrapport.input.RiskFactors;
import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.Profile;
import no.samanom.samlingsrapport.report.GatheringSummary.ProgrammeItem;
import no.samanom.samlingsrapport.report.GatheringSummary.Statement;

class SummaryBuilderTest {

    private static final RiskFactors FACTORS = RiskFactors.of("Manglende engasjement", "Prioritering av tid", "Annet");
    /** Every municipality shown, however few its respondents; eight statements a cell. */
    private static final Profile RULES = new Profile("", null, Color.BLACK, Color.BLACK, 1, 8);
    private final SummaryBuilder builder = new SummaryBuilder(FACTORS, Municipalities.NONE, RULES);
    private int line = 1;

    @Test
    void shouldComputeTheSeedsMeanDieScoreAndMedian() {
        int[] scores = {5, 5, 5, 5, 5, 5, 4, 4, 4, 6}; // 48 / 10
        for (int i = 0; i < scores.length; i++) {
            evaluation("R" + i, "Generell gjennomføring", List.of(), scores[i]);
        }
        GatheringSummary summary = build();
        assertThat(summary.dieScore().mean()).isEqualByComparingTo("4.80");
        assertThat(summary.dieScore().mean().toPlainString()).isEqualTo("4.80");
        assertThat(summary.dieScore().median()).isEqualByComparingTo("5");
        assertThat(summary.dieScore().distribution()).containsExactly(0, 0, 0, 3, 6, 1);
        assertThat(summary.dieScore().respondents()).isEqualTo(10);
    }

    @Test
    void shouldCountAnchoringRowsAsUsedAndNoteThemWhenTheGatheringNamesNoNetwork() {
        builder.add(new AnchoringRow(new Origin("forankring.csv", null, 2), "Bjugn", LocalDate.of(2013, 3, 18),
                new Anchoring.Stage(Anchoring.Phase.AKSEPT, null), null));
        GatheringSummary summary = builder.build("uten-nettverk", List.of());
        assertThat(builder.lateDeviations()).singleElement().satisfies(d -> {
            assertThat(d.consequence()).isEqualTo(Consequence.NOTE);
            assertThat(d.file()).isEqualTo("forankring.csv");
            assertThat(d.reason()).contains("ikke noe nettverk");
        });
        assertThat(summary.dataBasis().deviations()).isEqualTo(1);
    }

    @Test
    void shouldGroupStatementsAndCountRespondentsOnce() {
        String[] variants = {"Mer tid til erfaringsutveksling, refleksjon og drøfting",
                "mer tid til erfaringsutveksling, refleksjon og drøfting.", "Mer tid til  erfaringsutveksling, refleksjon og drøfting!",
                "MER TID TIL ERFARINGSUTVEKSLING, REFLEKSJON OG DRØFTING", " Mer tid til erfaringsutveksling, refleksjon og drøfting ",
                "Mer tid til erfaringsutveksling, refleksjon og drøfting…"};
        for (int i = 0; i < variants.length; i++) {
            evaluation("R" + i, "Generell gjennomføring", List.of(variants[i]), null);
        }
        evaluation("R0", "Generell gjennomføring", List.of("Mer tid til erfaringsutveksling, refleksjon og drøfting"), null);
        evaluation("R6", "Generell gjennomføring", List.of("Større rom"), null);
        evaluation(null, "Generell gjennomføring", List.of("Større rom"), null);
        evaluation(null, "Generell gjennomføring", List.of("Et sosialt opplegg"), null);
        GatheringSummary summary = build();
        assertThat(summary.evaluation().respondents()).isEqualTo(9);
        assertThat(summary.evaluation().parameters().get(0).improvements()).containsExactly(
                new Statement("Mer tid til erfaringsutveksling, refleksjon og drøfting", 6),
                new Statement("Større rom", 2),
                new Statement("Et sosialt opplegg", 1));
    }

    @Test
    void shouldCountEqualRepeatedScoresOnceAndLeaveOutDifferingOnes() {
        evaluation("R1", "A", List.of("x"), 5);
        evaluation("r1", "B", List.of("y"), 5);
        evaluation("R2", "A", List.of("x"), 3);
        evaluation("R2", "B", List.of("y"), 6);
        GatheringSummary summary = build();
        assertThat(summary.dieScore().respondents()).isEqualTo(1);
        assertThat(summary.dieScore().mean()).isEqualByComparingTo("5");
        assertThat(builder.lateDeviations()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.value()).isEqualTo("6");
            assertThat(d.reason()).contains("R2").contains("linje 3");
            assertThat(d.consequence()).isEqualTo(Consequence.VALUE_DROPPED);
        });
    }

    @Test
    void shouldRankRiskFactorsAndNameEveryGreatestOnATie() {
        risk("Ørland", "Manglende engasjement", 8);
        risk("Ørland", "Prioritering av tid", 6);
        risk("Bjugn", "Prioritering av tid", 10);
        risk("Bjugn", "Manglende engasjement", 8);
        risk("Bjugn", "Annet", 1);
        GatheringSummary summary = build();
        var risk = summary.risk();
        assertThat(risk.ranked()).extracting(f -> f.factor()).containsExactly("Manglende engasjement", "Prioritering av tid", "Annet");
        assertThat(risk.greatest()).containsExactly("Manglende engasjement", "Prioritering av tid");
        assertThat(risk.ranked().get(1).mean()).isEqualByComparingTo("8.00");
        assertThat(risk.ranked().get(1).distribution().get(9)).isEqualTo(1);
        assertThat(risk.municipalities()).extracting(m -> m.municipality()).containsExactly("Ørland", "Bjugn");
        assertThat(risk.municipalities().get(0).means()).containsExactly(new BigDecimal("8.00"), new BigDecimal("6.00"), null);
    }

    @Test
    void shouldCountMunicipalitiesPerTheme() {
        List<ExpectationRow> rows = new ArrayList<>();
        rows.add(new ExpectationRow(origin(), "Ørland", "Profilering", "Kommunikasjon"));
        rows.add(new ExpectationRow(origin(), "Ørland", "Media", "kommunikasjon"));
        rows.add(new ExpectationRow(origin(), "Strand", "Profilering", "Kommunikasjon"));
        rows.add(new ExpectationRow(origin(), "Strand", "Forankring", "Forankring"));
        rows.forEach(builder::add);
        GatheringSummary summary = build();
        assertThat(summary.expectations().themes()).extracting(t -> t.theme() + "=" + t.municipalities())
                .containsExactly("Kommunikasjon=2", "Forankring=1");
        assertThat(summary.expectations().municipalities().get(0).expectations()).hasSize(2);
    }

    @Test
    void shouldComputeMedianOfAnEvenCount() {
        Distribution distribution = new Distribution(10);
        List.of(2, 9, 3, 10).forEach(distribution::add);
        assertThat(distribution.median()).isEqualByComparingTo("6");
        List.of(10).forEach(distribution::add);
        assertThat(distribution.median()).isEqualByComparingTo("9");
        Distribution odd = new Distribution(6);
        List.of(4, 5).forEach(odd::add);
        assertThat(odd.median().toPlainString()).isEqualTo("4.5");
    }

    @Test
    void shouldCountAMunicipalityOnceHoweverItIsTypedAndShowItAsWrittenMostOften() {
        SummaryBuilder listed = new SummaryBuilder(FACTORS, Municipalities.parse("1621;Ørland\n1149;Karmøy\n"), RULES);
        for (String typed : List.of("Ørland", "ørland ", "Karmoy", "karmoy", "Karmoy")) {
            listed.add(new ExpectationRow(origin(), Municipalities.parse("1621;Ørland\n").canonical(typed), "Profilering",
                    "Kommunikasjon"));
        }
        GatheringSummary summary = listed.build("test", List.of());
        // Ørland is on the list and shown as the list spells it; Karmoy is not, and is shown as typed most often
        assertThat(summary.expectations().municipalities()).extracting(m -> m.municipality())
                .containsExactly("Ørland", "Karmoy");
        assertThat(summary.expectations().municipalities().get(1).expectations())
                .containsExactly(new Statement("Profilering", 3));
        assertThat(summary.expectations().themes()).singleElement().satisfies(t -> assertThat(t.municipalities()).isEqualTo(2));
        assertThat(listed.lateDeviations()).singleElement().satisfies(d -> {
            assertThat(d.value()).isEqualTo("Karmoy");
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.reason()).contains("står ikke i kommunelisten", "Mente du Karmøy?");
        });
    }

    @Test
    void shouldDropAnEndDateBeforeTheStartDateWithADeviation() {
        builder.add(new MetaRow(new Origin("samling.csv", null, 2), MetaField.FRA, "2013-03-19"));
        builder.add(new MetaRow(new Origin("samling.csv", null, 3), MetaField.TIL, "2013-03-18"));
        GatheringSummary summary = build();
        assertThat(summary.info().from()).isEqualTo(LocalDate.of(2013, 3, 19));
        assertThat(summary.info().to()).isNull();
        assertThat(builder.lateDeviations()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.reason()).contains("før startdatoen");
            assertThat(d.consequence()).isEqualTo(Consequence.VALUE_DROPPED);
        });
    }

    @Test
    void shouldKeepTheProgrammesOrderAndNoteItemsOutOfOrderOrOverlapping() {
        LocalDate monday = LocalDate.of(2013, 3, 18);
        LocalDate tuesday = LocalDate.of(2013, 3, 19);
        item(tuesday, "0900", "1020", "Gevinstrealisering", null);
        item(monday, "1400", "1415", "Pause", ProgrammeItemType.PAUSE);
        item(monday, "1415", "1500", "Analyse av risiko", null); // ends after the next one starts
        item(monday, "1445", "1545", "Forskningsseminar", null); // line 4: overlaps the one before
        item(monday, "1230", null, "Hva har dere lært i samlingene?", null); // line 5: before the one before it
        item(tuesday, "0900", null, "Velkommen", null); // line 6: the same start as Gevinstrealisering
        GatheringSummary summary = build();
        // days in date order, each day's items as given: nothing is moved
        assertThat(summary.programme().days()).extracting(d -> d.date()).containsExactly(monday, tuesday);
        assertThat(summary.programme().days().get(0).items()).extracting(ProgrammeItem::title).containsExactly(
                "Pause", "Analyse av risiko", "Forskningsseminar", "Hva har dere lært i samlingene?");
        assertThat(summary.programme().days().get(0).items()).extracting(ProgrammeItem::light)
                .containsExactly(true, false, false, false);
        assertThat(summary.programme().severalDays()).isTrue();
        assertThat(builder.lateDeviations()).extracting(d -> d.line() + " " + d.column() + " " + d.value())
                .containsExactly("4 start 14:45", "5 start 12:30", "6 start 09:00");
        assertThat(builder.lateDeviations().get(0).reason()).contains("overlapper «Analyse av risiko»")
                .contains("program.csv, linje 3, 14:15–15:00");
        assertThat(builder.lateDeviations().get(1).reason()).contains("starter før punktet foran");
        assertThat(builder.lateDeviations()).allSatisfy(d -> assertThat(d.consequence()).isEqualTo(Consequence.NOTE));
        assertThat(summary.dataBasis().deviations()).isEqualTo(3);
    }

    @Test
    void shouldShowAParameterWithTheItemItNamesAfterFoldingCaseAndAccents() {
        item(LocalDate.of(2012, 9, 16), "1300", "1500", "Byvandring og ordførerens foredrag", null);
        evaluation("R1", "BYVANDRING OG ORDFORERENS FOREDRAG", List.of("Tidligere omvisning"), 5);
        evaluation("R2", "Dyktige foredragsholdere", List.of("Mindre instrumentelt"), 4);
        GatheringSummary summary = build();
        assertThat(summary.evaluation().parameters().get(0).items()).singleElement()
                .satisfies(i -> assertThat(i.start()).isEqualTo(LocalTime.of(13, 0)));
        assertThat(summary.evaluation().parameters().get(1).items()).isEmpty();
    }

    @Test
    void shouldOrderPresentationsAsTheProgrammeNamesThemAndKeepAPointOnce() {
        item(LocalDate.of(2013, 3, 18), "1050", "1130", "Presentasjoner: Strand, Ørland kommune", null);
        project("Bjugn", List.of("I rute"), null);
        project("Ørland", List.of("Forsinket"), "våren 2014");
        project("Strand", List.of("I rute"), null);
        project("Strand", List.of("I rute", "Plan vedtatt"), "2013-12-31");
        project("Strand", List.of(), "2014-06-30"); // a second, different completion: the first stands
        GatheringSummary summary = build();
        assertThat(summary.projects()).extracting(p -> p.municipality()).containsExactly("Strand", "Ørland", "Bjugn");
        assertThat(summary.projects().get(0).status())
                .containsExactly(new Statement("I rute", 1), new Statement("Plan vedtatt", 1));
        assertThat(summary.projects().get(0).completionDate()).isEqualTo(LocalDate.of(2013, 12, 31));
        assertThat(summary.projects().get(1).completion()).isEqualTo("våren 2014");
        assertThat(builder.lateDeviations()).singleElement().satisfies(d -> {
            assertThat(d.value()).isEqualTo("2014-06-30");
            assertThat(d.consequence()).isEqualTo(Consequence.VALUE_DROPPED);
        });
    }

    @Test
    void shouldDescribeTheNextGatheringNumberedAfterThisOne() {
        Origin samling = new Origin("samling.csv", null, 2);
        builder.add(new MetaRow(samling, MetaField.NUMMER, "2"));
        builder.add(new MetaRow(samling, MetaField.NESTE_FRA, "2013-03-18"));
        builder.add(new MetaRow(samling, MetaField.NESTE_TIL, "2013-03-19"));
        builder.add(new MetaRow(samling, MetaField.NESTE_TEMA, "Prosjektjobbing"));
        builder.add(new MetaRow(samling, MetaField.NESTE_TEMA, "Forankring"));
        builder.add(new MetaRow(samling, MetaField.NESTE_MERKNAD, "Bjugn kommune går sammen med Ørland kommune"));
        GatheringSummary summary = build();
        assertThat(summary.next().number()).isEqualTo(3);
        assertThat(summary.next().to()).isEqualTo(LocalDate.of(2013, 3, 19));
        assertThat(summary.next().themes()).containsExactly("Prosjektjobbing", "Forankring");
        assertThat(summary.info().themes()).isEmpty();
        assertThat(summary.next().isEmpty()).isFalse();
    }

    private void item(LocalDate date, String start, String end, String title, ProgrammeItemType type) {
        builder.add(new ProgrammeRow(new Origin("program.csv", null, line++), date, LocalTime.parse(start.substring(0, 2)
                + ":" + start.substring(2)), end == null ? null : LocalTime.parse(end.substring(0, 2) + ":" + end.substring(2)),
                title, null, null, type, List.of()));
    }

    private void project(String municipality, List<String> status, String completion) {
        builder.add(new ProjectStatusRow(new Origin("prosjektstatus.csv", null, line++), municipality, status, completion,
                completion != null && completion.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(completion) : null,
                List.of(), List.of(), List.of(), List.of()));
    }

    private void evaluation(String respondent, String parameter, List<String> improvements, Integer score) {
        builder.add(new EvaluationRow(origin(), respondent, null, parameter, List.of(), List.of(), improvements, score));
    }

    private void risk(String municipality, String factor, int rating) {
        builder.add(new RiskRow(origin(), municipality, null, factor, rating));
    }

    private Origin origin() {
        return new Origin("evaluering.csv", null, line++);
    }

    private GatheringSummary build() {
        return builder.build("test", List.of());
    }
}
