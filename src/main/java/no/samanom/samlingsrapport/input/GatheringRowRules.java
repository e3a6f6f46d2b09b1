package no.samanom.samlingsrapport.input;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.samanom.samlingsrapport.input.DataRow.EvaluationRow;
import no.samanom.samlingsrapport.input.DataRow.ExpectationRow;
import no.samanom.samlingsrapport.input.DataRow.MetaRow;
import no.samanom.samlingsrapport.input.DataRow.RiskRow;
import no.samanom.samlingsrapport.support.Language;

/** The contract of a gathering's own kinds: its facts, expectations, evaluations and risk ratings. */
final class GatheringRowRules {

    private static final String RATING_PROBLEM = "Vurderingen må være et helt tall fra 1 (liten risiko) til 10 (stor risiko)";

    private final TablePlan plan;
    private final RiskFactors factors;

    GatheringRowRules(TablePlan plan, RiskFactors factors) {
        this.plan = plan;
        this.factors = factors;
    }

    void meta(RowCheck check) {
        String name = check.text(Column.FELT);
        String value = check.text(Column.VERDI);
        Optional<MetaField> field = MetaField.byName(name);
        if (field.isEmpty()) {
            check.reject(Column.FELT, name, name.isEmpty() ? "Feltnavnet mangler. Kjente felt: " + MetaField.knownNames()
                    : "Ukjent felt. Kjente felt: " + MetaField.knownNames());
        } else if (value.isEmpty()) {
            check.reject(Column.VERDI, value, "Verdien for «" + field.get().displayName() + "» mangler");
        } else if (field.get() == MetaField.NESTE_TEMA) {
            // several themes in one cell, as a slide lists them: "Prosjektjobbing; Forankring"
            for (String theme : value.split(";")) {
                if (!theme.isBlank()) {
                    check.use(new MetaRow(check.origin(), MetaField.NESTE_TEMA, theme.strip()));
                }
            }
            if (!check.hasRows()) {
                check.reject(Column.VERDI, value, "Verdien for «" + field.get().displayName() + "» har bare semikolon");
            }
        } else if (field.get().isDate()) {
            Values.date(value, plan.date1904()).ifPresentOrElse(
                    date -> check.use(new MetaRow(check.origin(), field.get(), date.toString())),
                    () -> check.reject(Column.VERDI, value, RowCheck.DATE_PROBLEM));
        } else if (field.get() == MetaField.SPRAAK) {
            Language.of(value).ifPresentOrElse(
                    language -> check.use(new MetaRow(check.origin(), MetaField.SPRAAK, language.code())),
                    () -> check.reject(Column.VERDI, value, "Ukjent språk. Bruk nb (bokmål), nn (nynorsk) eller en (engelsk)"));
        } else if (field.get() == MetaField.NUMMER) {
            Values.whole(value, 1, 999).ifPresentOrElse(
                    number -> check.use(new MetaRow(check.origin(), MetaField.NUMMER, number.toString())),
                    () -> check.reject(Column.VERDI, value, "Nummeret må være et helt tall fra 1"));
        } else {
            check.use(new MetaRow(check.origin(), field.get(), value));
        }
    }

    void expectation(RowCheck check) {
        String municipality = check.municipality();
        String text = check.text(Column.FORVENTNING);
        if (municipality.isEmpty()) {
            check.reject(Column.KOMMUNE, "", "Kommune mangler; hver forventning må høre til en kommune");
        } else if (text.isEmpty()) {
            check.reject(Column.FORVENTNING, "", "Forventningen mangler");
        } else if (Statements.split(text).isEmpty()) {
            check.reject(Column.FORVENTNING, text, "Forventningen har ingen tekst, bare punkttegn");
        } else {
            String theme = RowCheck.blankToNull(check.text(Column.TEMA));
            for (String statement : Statements.split(text)) {
                check.use(new ExpectationRow(check.origin(), municipality, statement, theme));
            }
        }
    }

    void evaluation(RowCheck check) {
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
            check.drop(Column.TERNINGKAST, scoreText, RowCheck.numberProblem(scoreText, scoreProblem));
        }
        String parameter = check.text(Column.PARAMETER);
        check.use(new EvaluationRow(check.origin(), RowCheck.blankToNull(check.text(Column.RESPONDENT)),
                RowCheck.blankToNull(check.municipality()),
                parameter.isEmpty() && hasText ? RowValidator.GENERAL_PARAMETER : RowCheck.blankToNull(parameter),
                workedWell, why, improvements, score));
    }

    /** Risk as one row per factor (risikofaktor + vurdering), or as one column per factor. */
    void risk(RowCheck check) {
        if (plan.isLongRisk()) {
            longRisk(check);
        } else {
            wideRisk(check);
        }
    }

    private void longRisk(RowCheck check) {
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
            check.reject(Column.VURDERING, ratingText, RowCheck.numberProblem(ratingText, RATING_PROBLEM));
        } else {
            check.use(new RiskRow(check.origin(), municipality, RowCheck.blankToNull(check.text(Column.RESPONDENT)),
                    factor.get(), rating.get()));
        }
    }

    private void wideRisk(RowCheck check) {
        String municipality = check.municipality();
        if (municipality.isEmpty()) {
            check.reject(Column.KOMMUNE, "", "Kommune mangler; hver vurdering må høre til en kommune");
            return;
        }
        String respondent = RowCheck.blankToNull(check.text(Column.RESPONDENT));
        for (Map.Entry<Integer, String> column : plan.factorColumns().entrySet()) {
            String text = check.cell(column.getKey()).strip();
            if (text.isEmpty()) {
                continue;
            }
            Values.whole(text, 1, 10).ifPresentOrElse(
                    rating -> check.use(new RiskRow(check.origin(), municipality, respondent, column.getValue(), rating)),
                    () -> check.drop(plan.header(column.getKey()), text, RowCheck.numberProblem(text, RATING_PROBLEM)));
        }
        if (!check.hasRows()) {
            check.reject(Column.KOMMUNE, municipality, "Raden har ingen gyldige vurderinger (hele tall fra 1 til 10)");
        }
    }
}
