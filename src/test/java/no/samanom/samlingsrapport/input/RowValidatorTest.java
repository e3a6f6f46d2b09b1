package no.samanom.samlingsrapport.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.samanom.samlingsrapport.input.DataRow.AnchoringRow;
import no.samanom.samlingsrapport.input.DataRow.EvaluationRow;
import no.samanom.samlingsrapport.input.DataRow.IndicatorRow;
import no.samanom.samlingsrapport.input.DataRow.MetaRow;
import no.samanom.samlingsrapport.input.DataRow.ProgrammeRow;
import no.samanom.samlingsrapport.input.DataRow.ProjectStatusRow;
import no.samanom.samlingsrapport.input.DataRow.RiskRow;

class RowValidatorTest {

    private static final RiskFactors FACTORS = RiskFactors.parse("""
            Manglende engasjement | Engasjement
            Prioritering av tid
            Dårlig forankring
            """);

    private final List<Deviation> notes = new ArrayList<>();

    @Test
    void shouldMatchHeadersAndNoteUnknownColumns() throws Exception {
        TablePlan plan = plan(Kind.EVALUERING, "Respondent", "Parameter", "Fungerte bra", "Kommentar", "Terningkast");
        assertThat(plan.index(Column.FUNGERTE_BRA)).isEqualTo(2);
        assertThat(plan.index(Column.TERNINGKAST)).isEqualTo(4);
        assertThat(notes).singleElement().satisfies(note -> {
            assertThat(note.column()).isEqualTo("Kommentar");
            assertThat(note.consequence()).isEqualTo(Consequence.NOTE);
            assertThat(note.reason()).contains("Ukjent kolonne").contains("terningkast");
        });
    }

    @Test
    void shouldRejectATableWithoutItsRequiredColumnsSayingWhatIsNeeded() {
        assertThatThrownBy(() -> plan(Kind.FORVENTNINGER, "kommune", "tekst"))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("Mangler kolonnen «forventning»")
                .hasMessageContaining("Påkrevd: kommune og forventning")
                .hasMessageContaining("Kolonnene i filen er: kommune, tekst");
        assertThatThrownBy(() -> plan(Kind.EVALUERING, "respondent", "parameter"))
                .hasMessageContaining("terningkast");
        assertThatThrownBy(() -> plan(Kind.RISIKO, "kommune", "Tidsbruk"))
                .hasMessageContaining("én kolonne per risikofaktor");
    }

    @Test
    void shouldDropABadScoreButKeepTheRowsText() throws Exception {
        ValidatedRow row = validate(plan(Kind.EVALUERING, "respondent", "parameter", "fungerte_bra", "terningkast"),
                "R1", "Generelt", "God planlegging", "4,5");
        assertThat(row.rejected()).isFalse();
        EvaluationRow evaluation = (EvaluationRow) row.rows().get(0);
        assertThat(evaluation.score()).isNull();
        assertThat(evaluation.workedWell()).containsExactly("God planlegging");
        assertThat(row.deviations()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(7);
            assertThat(d.column()).isEqualTo("terningkast");
            assertThat(d.value()).isEqualTo("4,5");
            assertThat(d.consequence()).isEqualTo(Consequence.VALUE_DROPPED);
        });
    }

    @Test
    void shouldRejectAnEvaluationRowWithNothingUsable() throws Exception {
        TablePlan plan = plan(Kind.EVALUERING, "respondent", "parameter", "forbedring", "terningkast");
        ValidatedRow row = validate(plan, "R1", "Generelt", "", "7");
        assertThat(row.rejected()).isTrue();
        assertThat(row.deviations()).singleElement().satisfies(d -> {
            assertThat(d.consequence()).isEqualTo(Consequence.ROW_REJECTED);
            assertThat(d.value()).isEqualTo("7");
            assertThat(d.reason()).contains("1 til 6");
        });
    }

    @Test
    void shouldFileStatementsWithoutAParameterUnderGeneral() throws Exception {
        ValidatedRow row = validate(plan(Kind.EVALUERING, "respondent", "parameter", "forbedring", "terningkast"),
                "", "", "Mer tid", "5");
        EvaluationRow evaluation = (EvaluationRow) row.rows().get(0);
        assertThat(evaluation.parameter()).isEqualTo(RowValidator.GENERAL_PARAMETER);
        assertThat(evaluation.respondent()).isNull();
    }

    @Test
    void shouldReadLongRiskAndListKnownFactorsForAnUnknownOne() throws Exception {
        TablePlan plan = plan(Kind.RISIKO, "kommune", "risikofaktor", "vurdering");
        RiskRow risk = (RiskRow) validate(plan, "Bjugn", "prioritering_av_tid", "8").rows().get(0);
        assertThat(risk.factor()).isEqualTo("Prioritering av tid");
        assertThat(risk.rating()).isEqualTo(8);
        ValidatedRow unknown = validate(plan, "Bjugn", "Tidsbruk", "8");
        assertThat(unknown.rejected()).isTrue();
        assertThat(unknown.deviations().get(0).reason()).contains("Manglende engasjement, Prioritering av tid, Dårlig forankring");
        assertThat(validate(plan, "Bjugn", "Engasjement", "0").deviations().get(0).reason()).contains("1 (liten risiko) til 10");
    }

    @Test
    void shouldReadWideRiskOneRatingPerFactorColumn() throws Exception {
        TablePlan plan = plan(Kind.RISIKO, "Kommune", "Manglende engasjement", "Prioritering av tid", "Dårlig forankring");
        ValidatedRow row = validate(plan, "Meland", "3", "11", "");
        assertThat(row.rows()).singleElement().isEqualTo(new RiskRow(new Origin("f.csv", null, 7), "Meland", null,
                "Manglende engasjement", 3));
        assertThat(row.deviations()).singleElement().satisfies(d -> {
            assertThat(d.column()).isEqualTo("Prioritering av tid");
            assertThat(d.value()).isEqualTo("11");
            assertThat(d.consequence()).isEqualTo(Consequence.VALUE_DROPPED);
        });
        assertThat(validate(plan, "Meland", "x", "", "").rejected()).isTrue();
    }

    @Test
    void shouldValidateGatheringFieldsAndDates() throws Exception {
        TablePlan plan = plan(Kind.SAMLING, "felt", "verdi");
        assertThat(validate(plan, "fra", "18.03.2013").rows()).singleElement()
                .isEqualTo(new MetaRow(new Origin("f.csv", null, 7), MetaField.FRA, "2013-03-18"));
        assertThat(validate(plan, "Title", "Tredje samling").rows().get(0)).extracting("field").isEqualTo(MetaField.TITTEL);
        assertThat(validate(plan, "til", "mars").deviations().get(0).reason()).contains("Ugyldig dato");
        assertThat(validate(plan, "farge", "blå").deviations().get(0).reason()).contains("Kjente felt: id, tittel");
    }

    @Test
    void shouldSplitABulletedExpectationCellIntoSeveral() throws Exception {
        TablePlan plan = plan(Kind.FORVENTNINGER, "kommune", "forventning", "tema");
        assertThat(validate(plan, "Ørland", "• Profilering\n• Forankring", "").rows()).hasSize(2);
        assertThat(validate(plan, "", "Profilering", "").rejected()).isTrue();
    }

    @Test
    void shouldReadAnchoringByPhaseOrStepAndRejectAnUnknownStageListingTheLadder() throws Exception {
        TablePlan plan = plan(Kind.FORANKRING, "Kommune", "Dato", "Fase", "Kommentar");
        AnchoringRow row = (AnchoringRow) validate(plan, "Bjugn", "18.03.2013", "engasjement", "Ny praksis").rows().get(0);
        assertThat(row).isEqualTo(new AnchoringRow(new Origin("f.csv", null, 7), "Bjugn", LocalDate.of(2013, 3, 18),
                new Anchoring.Stage(Anchoring.Phase.AKSEPT, Anchoring.Step.ENGASJEMENT), "Ny praksis"));
        ValidatedRow unknown = validate(plan, "Bjugn", "18.03.2013", "Toppen", "");
        assertThat(unknown.rejected()).isTrue();
        assertThat(unknown.deviations().get(0).reason()).contains("Ukjent fase")
                .contains("Bevissthet (Interesse, Bevissthet), Aksept (Forståelse, Engasjement), Eierskap (Forpliktelse, Internalisering)");
        assertThat(validate(plan, "Bjugn", "mars", "Aksept", "").deviations().get(0).reason()).contains("Ugyldig dato");
        assertThat(validate(plan, "", "18.03.2013", "Aksept", "").rejected()).isTrue();
        assertThatThrownBy(() -> plan(Kind.FORANKRING, "kommune", "fase")).hasMessageContaining("Mangler kolonnen «dato»");
    }

    @Test
    void shouldReadAMeasurementOrATargetAndDropANumberThatIsNot() throws Exception {
        TablePlan plan = plan(Kind.RESULTATER, "kommune", "indikator", "dato", "verdi", "mål", "skala", "kilde");
        IndicatorRow measured = (IndicatorRow) validate(plan, "Karmøy", "Omdømmescore", "01.03.2013", "78,5", "", "0-100",
                "Reputation Institute").rows().get(0);
        assertThat(measured.value()).isEqualByComparingTo("78.5");
        assertThat(measured.target()).isNull();
        assertThat(measured.scale()).isEqualTo("0-100");
        ValidatedRow target = validate(plan, "Karmøy", "Omdømmescore", "2015-03-01", "høy", "80", "", "");
        assertThat(((IndicatorRow) target.rows().get(0)).target()).isEqualByComparingTo("80");
        assertThat(target.deviations()).singleElement().satisfies(d -> {
            assertThat(d.column()).isEqualTo("verdi");
            assertThat(d.consequence()).isEqualTo(Consequence.VALUE_DROPPED);
        });
        assertThat(validate(plan, "Karmøy", "Omdømmescore", "2015-03-01", "", "", "", "").rejected()).isTrue();
        assertThat(validate(plan, "Karmøy", "", "2015-03-01", "3", "", "", "").rejected()).isTrue();
    }

    @Test
    void shouldReadAProgrammeItemWithItsTimeWrittenAnyOfFourWays() throws Exception {
        TablePlan plan = plan(Kind.PROGRAM, "Dato", "Start (tid)", "Slutt", "Tittel", "Foredragsholder", "Organisasjon",
                "Type");
        for (String nine : List.of("0900", "09:00", "9.00", "0,375")) {
            ProgrammeRow row = (ProgrammeRow) validate(plan, "19.03.2013", nine, "1020", "Gevinstrealisering",
                    "Seniorrådgiver Einar Holand", "RO", "foredrag").rows().get(0);
            assertThat(row.start()).as(nine).isEqualTo(LocalTime.of(9, 0));
            assertThat(row.end()).isEqualTo(LocalTime.of(10, 20));
            assertThat(row.type()).isEqualTo(ProgrammeItemType.FOREDRAG);
            assertThat(row.organisation()).isEqualTo("RO");
        }
        ProgrammeRow both = (ProgrammeRow) validate(plan, "19.03.2013", "09:00–10:20", "", "Gevinstrealisering", "", "", "")
                .rows().get(0);
        assertThat(both.end()).isEqualTo(LocalTime.of(10, 20));
        ValidatedRow bad = validate(plan, "19.03.2013", "formiddag", "", "Gevinstrealisering", "", "", "");
        assertThat(bad.rejected()).isTrue();
        assertThat(bad.deviations()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(7);
            assertThat(d.column()).isEqualTo("Start (tid)");
            assertThat(d.value()).isEqualTo("formiddag");
            assertThat(d.reason()).contains("Ugyldig klokkeslett").contains("0900, 09:00 eller 9.00");
        });
    }

    @Test
    void shouldTakeTheEndFromSluttOrVarighetAndKeepSluttWhenTheyDisagree() throws Exception {
        TablePlan plan = plan(Kind.PROGRAM, "dato", "start", "slutt", "varighet", "tittel");
        ProgrammeRow byDuration = (ProgrammeRow) validate(plan, "18.03.2013", "1445", "", "60", "Forskningsseminar")
                .rows().get(0);
        assertThat(byDuration.end()).isEqualTo(LocalTime.of(15, 45));
        assertThat(((ProgrammeRow) validate(plan, "18.03.2013", "1445", "", "60 min", "Forskningsseminar").rows().get(0))
                .end()).isEqualTo(LocalTime.of(15, 45));
        ValidatedRow disagree = validate(plan, "18.03.2013", "1445", "1545", "30", "Forskningsseminar");
        assertThat(((ProgrammeRow) disagree.rows().get(0)).end()).isEqualTo(LocalTime.of(15, 45));
        assertThat(disagree.deviations()).singleElement().satisfies(d -> {
            assertThat(d.column()).isEqualTo("varighet");
            assertThat(d.value()).isEqualTo("30");
            assertThat(d.consequence()).isEqualTo(Consequence.VALUE_DROPPED);
            assertThat(d.reason()).contains("14:45–15:45 er 60 minutter").contains("sluttiden brukes");
        });
        ValidatedRow backwards = validate(plan, "18.03.2013", "1445", "1400", "", "Forskningsseminar");
        assertThat(((ProgrammeRow) backwards.rows().get(0)).end()).isNull();
        assertThat(backwards.deviations()).singleElement().satisfies(d -> assertThat(d.reason()).contains("ikke etter"));
        ValidatedRow pastMidnight = validate(plan, "18.03.2013", "2300", "", "120", "Nattmat");
        assertThat(pastMidnight.deviations()).singleElement().satisfies(d -> assertThat(d.reason()).contains("midnatt"));
        assertThat(validate(plan, "18.03.2013", "1445", "", "en time", "Forskningsseminar").deviations())
                .singleElement().satisfies(d -> assertThat(d.reason()).contains("helt antall minutter"));
    }

    @Test
    void shouldTakeABreakOrMealFromTheTitleAndDropAnUnknownType() throws Exception {
        TablePlan plan = plan(Kind.byName("Programme").orElseThrow(), "date", "start time", "title", "type");
        assertThat(((ProgrammeRow) validate(plan, "18.03.2013", "1400", "Pause", "").rows().get(0)).type())
                .isEqualTo(ProgrammeItemType.PAUSE);
        assertThat(((ProgrammeRow) validate(plan, "19.03.2013", "1300", "Lunsj og avrunding.", "").rows().get(0)).type())
                .isEqualTo(ProgrammeItemType.MAALTID);
        assertThat(((ProgrammeRow) validate(plan, "19.03.2013", "0900", "Gevinstrealisering", "").rows().get(0)).type())
                .isNull();
        ValidatedRow unknown = validate(plan, "18.03.2013", "1845", "Quiz", "moro");
        assertThat(((ProgrammeRow) unknown.rows().get(0)).type()).isNull();
        assertThat(unknown.deviations()).singleElement().satisfies(d -> {
            assertThat(d.column()).isEqualTo("type");
            assertThat(d.reason()).contains("foredrag, gruppearbeid, pause, måltid, sosialt");
        });
        assertThat(validate(plan, "", "1400", "Pause", "").rejected()).isTrue();
        assertThat(validate(plan, "18.03.2013", "1400", "", "").rejected()).isTrue();
        assertThatThrownBy(() -> plan(Kind.PROGRAM, "dato", "tittel")).hasMessageContaining("Mangler kolonnen «start»");
    }

    @Test
    void shouldReadAProjectStatusUnderTheSeedsHeadingsAndRejectOneWithoutText() throws Exception {
        TablePlan plan = plan(Kind.PROSJEKTSTATUS, "Kommune", "Status – fremdrift og forventet avslutning",
                "Forventet avslutning", "Hvor og hvordan er prosjektet forankret?", "Risikoanalyse", "Gevinster",
                "Hvordan skal vi måle resultatoppnåelse ved prosjektets slutt?");
        ProjectStatusRow row = (ProjectStatusRow) validate(plan, "Strand", "• I rute\n• Omdømmeplan vedtatt",
                "31.12.2013", "Kommunestyret", "Tid", "Ny praksis", "Innbyggerundersøkelse").rows().get(0);
        assertThat(row.status()).containsExactly("I rute", "Omdømmeplan vedtatt");
        assertThat(row.completionDate()).isEqualTo(LocalDate.of(2013, 12, 31));
        assertThat(row.measurement()).containsExactly("Innbyggerundersøkelse");
        ProjectStatusRow text = (ProjectStatusRow) validate(plan, "Bjugn", "", "våren 2014", "", "", "", "").rows().get(0);
        assertThat(text.completion()).isEqualTo("våren 2014");
        assertThat(text.completionDate()).isNull();
        assertThat(validate(plan, "Bjugn", "", "", "", "", "", "").deviations()).singleElement()
                .satisfies(d -> assertThat(d.reason()).contains("ingen tekst om prosjektet"));
        assertThat(validate(plan, "", "I rute", "", "", "", "", "").rejected()).isTrue();
        assertThatThrownBy(() -> plan(Kind.PROSJEKTSTATUS, "kommune", "notat")).hasMessageContaining("minst én av");
    }

    @Test
    void shouldSplitTheNextGatheringsThemesAtSemicolons() throws Exception {
        TablePlan plan = plan(Kind.SAMLING, "felt", "verdi");
        ValidatedRow themes = validate(plan, "Neste tema", "Prosjektjobbing; Forankring;");
        assertThat(themes.rows()).extracting(r -> ((MetaRow) r).value()).containsExactly("Prosjektjobbing", "Forankring");
        assertThat(((MetaRow) validate(plan, "neste fra", "18.03.2013").rows().get(0)).value()).isEqualTo("2013-03-18");
        assertThat(validate(plan, "next theme", ";").rejected()).isTrue();
    }

    private TablePlan plan(Kind kind, String... headers) throws InputFileException {
        return TablePlan.match(new TableRef(kind, "f.csv", "f.csv", null, null), List.of(headers), 1, FACTORS, notes);
    }

    private static ValidatedRow validate(TablePlan plan, String... cells) {
        return new RowValidator(plan, FACTORS, Municipalities.NONE).validate(new RawRow(7, List.of(cells)));
    }
}
