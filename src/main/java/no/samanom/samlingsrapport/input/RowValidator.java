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
import no.samanom.samlingsrapport.support.Language;

/**
 * Checks one row of a matched table against the contract. A bad value drops only that
 * value; a row without its key fields is rejected. Every decision becomes a deviation. What
 * passes is safe to show: control characters escaped ({@link Visible}), cells cut at
 * {@value #LONGEST_CELL} characters, municipalities as the list of municipalities spells them.
 */
public final class RowValidator {

    /** Where statements without a parameter are listed. */
    public static final String GENERAL_PARAMETER = "Generelt";

    /** A cell longer than this is cut: no statement in a report needs more, and a 50 MB cell is an accident. */
    static final int LONGEST_CELL = 10_000;

    private static final String RATING_PROBLEM = "Vurderingen må være et helt tall fra 1 (liten risiko) til 10 (stor risiko)";
    private static final String DATE_PROBLEM = "Ugyldig dato. Skriv datoen som 18.03.2013 eller 2013-03-18";

    private final TablePlan plan;
    private final RiskFactors factors;
    private final Municipalities municipalities;

    public RowValidator(TablePlan plan, RiskFactors factors, Municipalities municipalities) {
        this.plan = plan;
        this.factors = factors;
        this.municipalities = municipalities;
    }

    public ValidatedRow validate(RawRow raw) {
        Origin origin = plan.ref().origin(raw.line());
        if (raw.problem() != null) {
            return new ValidatedRow(origin, List.of(), List.of(Deviation.at(origin, "", raw.cell(0), raw.problem(),
                    Consequence.ROW_REJECTED)));
        }
        Check check = new Check(origin, raw);
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
            Values.date(value, plan.date1904()).ifPresentOrElse(
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
        String municipality = check.municipality();
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
            check.drop(Column.TERNINGKAST, scoreText, numberProblem(scoreText, scoreProblem));
        }
        String parameter = check.text(Column.PARAMETER);
        check.use(new EvaluationRow(check.origin, blankToNull(check.text(Column.RESPONDENT)),
                blankToNull(check.municipality()),
                parameter.isEmpty() && hasText ? GENERAL_PARAMETER : blankToNull(parameter),
                workedWell, why, improvements, score));
    }

    private void longRisk(Check check) {
        String municipality = check.municipality();
        String factorText = check.text(Column.RISIKOFAKTOR);
        String ratingText = check.text(Column.VURDERING);
        Optional<String> factor = factors.match(factorText);
        Optional<Integer> rating = Values.whole(ratingText, 1, 10);
        if (municipality.isEmpty()) {
            check.reject(Column.KOMMUNE, "", "Kommune mangler; hver vurdering må høre til en kommune");
        } else if (factor.isEmpty()) {
            check.reject(Column.RISIKOFAKTOR, factorText, "Ukjent risikofaktor. Kjente: " + factors.known());
        } else if (rating.isEmpty()) {
            check.reject(Column.VURDERING, ratingText, numberProblem(ratingText, RATING_PROBLEM));
        } else {
            check.use(new RiskRow(check.origin, municipality, blankToNull(check.text(Column.RESPONDENT)),
                    factor.get(), rating.get()));
        }
    }

    private void wideRisk(Check check) {
        String municipality = check.municipality();
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
                    () -> check.drop(plan.header(column.getKey()), text, numberProblem(text, RATING_PROBLEM)));
        }
        if (check.rows.isEmpty()) {
            check.reject(Column.KOMMUNE, municipality, "Raden har ingen gyldige vurderinger (hele tall fra 1 til 10)");
        }
    }

    private void anchoring(Check check) {
        String municipality = check.municipality();
        String dateText = check.text(Column.DATO);
        String stageText = check.text(Column.FASE);
        Optional<LocalDate> date = Values.date(dateText, plan.date1904());
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
        String municipality = check.municipality();
        String indicator = check.text(Column.INDIKATOR);
        String dateText = check.text(Column.DATO);
        Optional<LocalDate> date = Values.date(dateText, plan.date1904());
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
            check.drop(column, text, numberProblem(text, "Må være et tall, som 78,5"));
        }
        return number.orElse(null);
    }

    /** The reason a number was not read: the general rule, or what was ambiguous about it. */
    private static String numberProblem(String text, String rule) {
        String problem = Values.problem(text);
        return problem == null ? rule : problem + ". " + rule;
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
            this.raw = bounded(raw);
        }

        /**
         * The row with every cell longer than {@value #LONGEST_CELL} characters cut, each with a note
         * saying how long it was: a report shows the first part, and no cell is echoed whole.
         */
        private RawRow bounded(RawRow raw) {
            List<String> cells = null;
            for (int i = 0; i < raw.cells().size(); i++) {
                String cell = raw.cells().get(i);
                if (cell.length() > LONGEST_CELL) {
                    if (cells == null) {
                        cells = new ArrayList<>(raw.cells());
                    }
                    cells.set(i, cell.substring(0, LONGEST_CELL) + "…");
                    deviations.add(Deviation.at(origin, plan.header(i), cell, "Cellen har " + Visible.count(cell.length())
                            + " tegn; bare de første " + Visible.count(LONGEST_CELL) + " er tatt med", Consequence.NOTE));
                }
            }
            return cells == null ? raw : new RawRow(raw.line(), cells);
        }

        String text(Column column) {
            return Visible.cell(raw.cell(plan.index(column)).strip());
        }

        /** The municipality as the list spells it, or as typed (cleaned) when it is not on the list. */
        String municipality() {
            return municipalities.canonical(raw.cell(plan.index(Column.KOMMUNE)));
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
