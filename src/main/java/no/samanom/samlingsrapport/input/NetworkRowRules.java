package no.samanom.samlingsrapport.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import no.samanom.samlingsrapport.input.DataRow.AnchoringRow;
import no.samanom.samlingsrapport.input.DataRow.IndicatorRow;

/** The contract of the network kinds a development report follows: anchoring stages and result indicators. */
final class NetworkRowRules {

    private final TablePlan plan;

    NetworkRowRules(TablePlan plan) {
        this.plan = plan;
    }

    void anchoring(RowCheck check) {
        String municipality = check.municipality();
        String dateText = check.text(Column.DATO);
        String stageText = check.text(Column.FASE);
        Optional<LocalDate> date = Values.date(dateText, plan.date1904());
        Optional<Anchoring.Stage> stage = Anchoring.parse(stageText);
        if (municipality.isEmpty()) {
            check.reject(Column.KOMMUNE, "", "Kommune mangler; hver forankring må høre til en kommune");
        } else if (date.isEmpty()) {
            check.reject(Column.DATO, dateText, dateText.isEmpty() ? "Dato mangler" : RowCheck.DATE_PROBLEM);
        } else if (stage.isEmpty()) {
            check.reject(Column.FASE, stageText, (stageText.isEmpty() ? "Fase mangler" : "Ukjent fase")
                    + ". Skriv en fase eller et trinn: " + Anchoring.accepted());
        } else {
            check.use(new AnchoringRow(check.origin(), municipality, date.get(), stage.get(),
                    RowCheck.blankToNull(check.text(Column.KOMMENTAR))));
        }
    }

    void indicator(RowCheck check) {
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
            check.reject(Column.DATO, dateText, dateText.isEmpty() ? "Dato mangler" : RowCheck.DATE_PROBLEM);
            return;
        }
        BigDecimal value = check.decimal(Column.VERDI);
        BigDecimal target = check.decimal(Column.MAAL);
        if (value == null && target == null) {
            check.reject(Column.VERDI, check.text(Column.VERDI), "Raden har verken verdi eller mål (tall som 78,5)");
            return;
        }
        check.use(new IndicatorRow(check.origin(), municipality, indicator, date.get(), value, target,
                RowCheck.blankToNull(check.text(Column.SKALA)), RowCheck.blankToNull(check.text(Column.KILDE))));
    }
}
