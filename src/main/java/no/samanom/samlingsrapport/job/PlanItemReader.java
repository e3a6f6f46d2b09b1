package no.samanom.samlingsrapport.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import no.samanom.samlingsrapport.input.PlanReader;
import no.samanom.samlingsrapport.input.TablePlan;
import no.samanom.samlingsrapport.input.TableRow;

/**
 * The stage step's reader in both jobs: the plan's rows, counted so that a restarted step reads
 * forward to the rows the killed one committed.
 */
class PlanItemReader extends AbstractItemCountingItemStreamItemReader<TableRow> {

    /** Its name, which prefixes what it keeps in the step's execution context. */
    static final String NAME = "gatheringRows";

    private final List<TablePlan> tables;
    private PlanReader rows;

    PlanItemReader(List<TablePlan> tables) {
        this.tables = tables;
        setName(NAME);
    }

    @Override
    protected void doOpen() {
        rows = new PlanReader(tables);
    }

    @Override
    protected TableRow doRead() throws Exception {
        return rows.next();
    }

    @Override
    protected void doClose() throws Exception {
        if (rows != null) {
            rows.close();
            rows = null;
        }
    }
}
