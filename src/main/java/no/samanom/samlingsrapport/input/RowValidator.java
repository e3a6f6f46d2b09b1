package no.samanom.samlingsrapport.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.samanom.samlingsrapport.input.DataRow.AnchoringRow;
import no.samanom.samlingsrapport.input.DataRow.EvaluationRow;
import no.samanom.samlingsrapport.input.DataRow.ExpectationRow;
import no.samanom.samlingsrapport.input.DataRow.IndicatorRow;
import no.samanom.samlingsrapport.input.DataRow.MetaRow;
import no.samanom.samlingsrapport.input.DataRow.RiskRow;
import no.samanom.samlingsrapport.report.Language;

/**
 * Checks one row of a matched table against the contract. A bad value drops only that
 * value; a row without its key fields is rejected. Every decision becomes a deviation.
 */
public final class RowValidator {

    /** Where statements without a parameter are listed. */
    public static final String GENERAL_PARAMETER = "Generelt";

    private static final String DATE_PROBLEM = "Ugyldig dato. Skriv datoen som 18.03.2013 eller 2013-03-18";

    private final TablePlan plan;
    private final RiskFactors factors;

    public RowValidator(TablePlan plan, RiskFactors factors) {
        this.plan = plan;
        this.factors = factors;
    }

    public ValidatedRow validate(RawRow raw) {
        Check check = new Check(plan.ref().origin(raw.line()), raw);
        switch (plan.ref().kind()) {
            case SAMLING -> meta(check);
            case FORVENTNINGER -> expectation(check);
            case EVALUERING -> evaluation(check);
            case RISIKO -> {
                if (plan.isLongRisk()) {
                    longRisk(check);
                } else {
                    wideRisk(check);
                }
            }
            case FORANKRING -> anchoring(check);
            case RESULTATER -> indicator(check);
        }
        return check.result();
    }

    private void meta(Check check) {
        String name = check.text(Column.FELT);
        String value = check.text(Column.VERDI);
        Optional<MetaField> field = MetaField.byName(name);
        if (field.isEmpty()) {
            check.reject(Column.FELT, name, name.isEmpty() ? "Feltnavnet mangler. Kjente felt: " + MetaField.knownNames()
                    : "Ukjent felt. Kjente felt: " + MetaField.knownNames());
        } else if (value.isEmpty()) {
            check.reject(Column.VERDI, value, "Verdien for «" + field.get().displayName() + "» mangler");
        } else if (field.get().isDate()) {
            Values.date(value).ifPresentOrElse(
                    date -> check.use(new MetaRow(check.origin, field.get(), date.toString())),
                    () -> check.reject(Column.VERDI, value, DATE_PROBLEM));
        } else if (field.get() == MetaField.SPRAAK) {
            Language.of(value).ifPresentOrElse(
                    language -> check.use(new MetaRow(check.origin, MetaField.SPRAAK, language.code())),
                    () -> check.reject(Column.VERDI, value, "Ukjent språk. Bruk nb (bokmål), nn (nynorsk) eller en (engelsk)"));
        } else if (field.get() == MetaField.NUMMER) {
            Values.whole(value, 1, 999).ifPresentOrElse(
                    number -> check.use(new MetaRow(check.origin, MetaField.NUMMER, number.toString())),
                    () -> check.reject(Column.VERDI, value, "Nummeret må være et helt tall fra 1"));
        } else {
            check.use(new MetaRow(check.origin, field.get(), value));
        }
    }

    private void expectation(Check check) {
        String municipality = check.text(Column.KOMMUNE);
        String text = check.text(Column.FORVENTNING);
        if (municipality.isEmpty()) {
            check.reject(Column.KOMMUNE, "", "Kommune mangler; hver forventning må høre til en kommune");
        } else if (text.isEmpty()) {
            check.reject(Column.FORVENTNING, "", "Forventningen mangler");
        } else if (Statements.split(text).isEmpty()) {
            check.reject(Column.FORVENTNING, text, "Forventningen har ingen tekst, bare punkttegn");
        } else {
            String theme = blankToNull(check.text(Column.TEMA));
            for (String statement : Statements.split(text)) {
                check.use(new ExpectationRow(check.origin, municipality, statement, theme));
            }
        }
    }

    private void evaluation(Check check) {
        String scoreText = check.text(Column.TERNINGKAST);
        Integer score = null;
        if (!scoreText.isEmpty()) {
            score = Values.whole(scoreText, 1, 6).orElse(null);
        }
        List<String> workedWell = Statements.split(check.text(Column.FUNGERTE_BRA));
        List<String> why = Statements.split(check.text(Column.HVORFOR));
        List<String> improvements = Statements.split(check.text(Column.FORBEDRING));
        boolean hasText = !workedWell.isEmpty() || !why.isEmpty() || !improvements.isEmpty();
        String scoreProblem = "Terningkast må være et helt tall fra 1 til 6";
        if (!hasText && score == null) {
            if (scoreText.isEmpty()) {
                check.reject(Column.TERNINGKAST, "", "Raden har verken tekst eller terningkast");
            } else {
                check.reject(Column.TERNINGKAST, scoreText, scoreProblem + ", og raden har ingen tekst");
            }
            return;
        }
        if (score == null && !scoreText.isEmpty()) {
            check.drop(Column.TERNINGKAST, scoreText, scoreProblem);
        }
        String parameter = check.text(Column.PARAMETER);
        check.use(new EvaluationRow(check.origin, blankToNull(check.text(Column.RESPONDENT)),
                blankToNull(check.text(Column.KOMMUNE)),
                parameter.isEmpty() && hasText ? GENERAL_PARAMETER : blankToNull(parameter),
                workedWell, why, improvements, score));
    }

    private void longRisk(Check check) {
        String municipality = check.text(Column.KOMMUNE);
        String factorText = check.text(Column.RISIKOFAKTOR);
        String ratingText = check.text(Column.VURDERING);
        Optional<String> factor = factors.match(factorText);
        Optional<Integer> rating = Values.whole(ratingText, 1, 10);
        if (municipality.isEmpty()) {
            check.reject(Column.KOMMUNE, "", "Kommune mangler; hver vurdering må høre til en kommune");
        } else if (factor.isEmpty()) {
            check.reject(Column.RISIKOFAKTOR, factorText, "Ukjent risikofaktor. Kjente: " + factors.known());
        } else if (rating.isEmpty()) {
            check.reject(Column.VURDERING, ratingText, "Vurderingen må være et helt tall fra 1 (liten risiko) til 10 (stor risiko)");
        } else {
            check.use(new RiskRow(check.origin, municipality, blankToNull(check.text(Column.RESPONDENT)),
                    factor.get(), rating.get()));
        }
    }

    private void wideRisk(Check check) {
        String municipality = check.text(Column.KOMMUNE);
        if (municipality.isEmpty()) {
            check.reject(Column.KOMMUNE, "", "Kommune mangler; hver vurdering må høre til en kommune");
            return;
        }
        String respondent = blankToNull(check.text(Column.RESPONDENT));
        for (Map.Entry<Integer, String> column : plan.factorColumns().entrySet()) {
            String text = check.raw.cell(column.getKey()).strip();
            if (text.isEmpty()) {
                continue;
            }
            Values.whole(text, 1, 10).ifPresentOrElse(
                    rating -> check.use(new RiskRow(check.origin, municipality, respondent, column.getValue(), rating)),
                    () -> check.drop(plan.header(column.getKey()), text,
                            "Vurderingen må være et helt tall fra 1 (liten risiko) til 10 (stor risiko)"));
        }
        if (check.rows.isEmpty()) {
            check.reject(Column.KOMMUNE, municipality, "Raden har ingen gyldige vurderinger (hele tall fra 1 til 10)");
        }
    }

    private void anchoring(Check check) {
        String municipality = check.text(Column.KOMMUNE);
        String dateText = check.text(Column.DATO);
        String stageText = check.text(Column.FASE);
        Optional<LocalDate> date = Values.date(dateText);
        Optional<Anchoring.Stage> stage = Anchoring.parse(stageText);
        if (municipality.isEmpty()) {
            check.reject(Column.KOMMUNE, "", "Kommune mangler; hver forankring må høre til en kommune");
        } else if (date.isEmpty()) {
            check.reject(Column.DATO, dateText, dateText.isEmpty() ? "Dato mangler" : DATE_PROBLEM);
        } else if (stage.isEmpty()) {
            check.reject(Column.FASE, stageText, (stageText.isEmpty() ? "Fase mangler" : "Ukjent fase")
                    + ". Skriv en fase eller et trinn: " + Anchoring.accepted());
        } else {
            check.use(new AnchoringRow(check.origin, municipality, date.get(), stage.get(),
                    blankToNull(check.text(Column.KOMMENTAR))));
        }
    }

    private void indicator(Check check) {
        String municipality = check.text(Column.KOMMUNE);
        String indicator = check.text(Column.INDIKATOR);
        String dateText = check.text(Column.DATO);
        Optional<LocalDate> date = Values.date(dateText);
        if (municipality.isEmpty()) {
            check.reject(Column.KOMMUNE, "", "Kommune mangler; hver måling må høre til en kommune");
            return;
        } else if (indicator.isEmpty()) {
            check.reject(Column.INDIKATOR, "", "Indikator mangler, for eksempel omdømmescore eller brukerundersøkelse");
            return;
        } else if (date.isEmpty()) {
            check.reject(Column.DATO, dateText, dateText.isEmpty() ? "Dato mangler" : DATE_PROBLEM);
            return;
        }
        BigDecimal value = number(check, Column.VERDI);
        BigDecimal target = number(check, Column.MAAL);
        if (value == null && target == null) {
            check.reject(Column.VERDI, check.text(Column.VERDI), "Raden har verken verdi eller mål (tall som 78,5)");
            return;
        }
        check.use(new IndicatorRow(check.origin, municipality, indicator, date.get(), value, target,
                blankToNull(check.text(Column.SKALA)), blankToNull(check.text(Column.KILDE))));
    }

    /** A number, or null; a cell that is not a number is dropped with a deviation. */
    private static BigDecimal number(Check check, Column column) {
        String text = check.text(column);
        if (text.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> number = Values.decimal(text);
        if (number.isEmpty()) {
            check.drop(column, text, "Må være et tall, som 78,5");
        }
        return number.orElse(null);
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** The row under validation and what has been decided about it so far. */
    private final class Check {
        private final Origin origin;
        private final RawRow raw;
        private final List<DataRow> rows = new ArrayList<>();
        private final List<Deviation> deviations = new ArrayList<>();

        Check(Origin origin, RawRow raw) {
            this.origin = origin;
            this.raw = raw;
        }

        String text(Column column) {
            return raw.cell(plan.index(column)).strip();
        }

        void use(DataRow row) {
            rows.add(row);
        }

        void drop(String header, String value, String reason) {
            deviations.add(Deviation.at(origin, header, value, reason, Consequence.VALUE_DROPPED));
        }

        void drop(Column column, String value, String reason) {
            drop(headerOf(column), value, reason);
        }

        void reject(Column column, String value, String reason) {
            deviations.add(Deviation.at(origin, headerOf(column), value, reason, Consequence.ROW_REJECTED));
        }

        private String headerOf(Column column) {
            int index = plan.index(column);
            return index >= 0 ? plan.header(index) : column.displayName();
        }

        ValidatedRow result() {
            return new ValidatedRow(origin, rows, deviations);
        }
    }
}
