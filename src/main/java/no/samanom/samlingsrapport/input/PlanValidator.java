package no.samanom.samlingsrapport.input;

import java.util.List;

/** Validates each row of a plan with its table's validator; bad rows come out as deviations, not errors. */
public final class PlanValidator {

    private final List<RowValidator> validators;

    public PlanValidator(List<TablePlan> tables, RiskFactors factors, Municipalities municipalities) {
        this.validators = tables.stream().map(table -> new RowValidator(table, factors, municipalities)).toList();
    }

    public ValidatedRow validate(TableRow row) {
        return validators.get(row.table()).validate(row.row());
    }
}
