package no.samanom.samlingsrapport.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import no.samanom.samlingsrapport.input.Municipalities;
import no.samanom.samlingsrapport.input.RiskFactors;
import no.samanom.samlingsrapport.input.RowValidator;
import no.samanom.samlingsrapport.input.TablePlan;
import no.samanom.samlingsrapport.input.ValidatedRow;

/** Validates each row with its table's validator; bad rows come out as deviations, not errors. */
class RowProcessor implements ItemProcessor<TableRow, ValidatedRow> {

    private final List<RowValidator> validators;

    RowProcessor(List<TablePlan> tables, RiskFactors factors, Municipalities municipalities) {
        this.validators = tables.stream().map(table -> new RowValidator(table, factors, municipalities)).toList();
    }

    @Override
    public ValidatedRow process(TableRow item) {
        return validators.get(item.table()).validate(item.row());
    }
}
