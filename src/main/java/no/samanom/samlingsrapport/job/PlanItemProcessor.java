package no.samanom.samlingsrapport.job;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import no.samanom.samlingsrapport.input.PlanValidator;
import no.samanom.samlingsrapport.input.TableRow;
import no.samanom.samlingsrapport.input.ValidatedRow;

/** The stage step's processor in both jobs: each row validated by its table's validator. */
class PlanItemProcessor implements ItemProcessor<TableRow, ValidatedRow> {

    private final PlanValidator validator;

    PlanItemProcessor(PlanValidator validator) {
        this.validator = validator;
    }

    @Override
    public ValidatedRow process(TableRow row) {
        return validator.validate(row);
    }
}
