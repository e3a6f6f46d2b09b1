package no.samanom.samlingsrapport.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import no.samanom.samlingsrapport.input.TablePlan;
import no.samanom.samlingsrapport.input.TableSource;

/**
 * Reads the rows of all of a gathering's tables in plan order. Restartable: on restart it
 * reads forward to the last committed row count.
 */
class GatheringItemReader extends AbstractItemCountingItemStreamItemReader<TableRow> {

    /** Its name, which prefixes what it keeps in the step's execution context. */
    static final String NAME = "gatheringRows";

    private final List<TablePlan> tables;
    private int index;
    private TableSource current;

    GatheringItemReader(List<TablePlan> tables) {
        this.tables = tables;
        setName(NAME);
    }

    @Override
    protected void doOpen() {
        index = 0;
        current = null;
    }

    @Override
    protected TableRow doRead() throws Exception {
        while (index < tables.size()) {
            if (current == null) {
                current = TableSource.open(tables.get(index).ref());
            }
            var row = current.next();
            if (row != null && tables.get(index).isUnfilledFormLine(row)) {
                continue;
            }
            if (row != null) {
                return new TableRow(index, row);
            }
            current.close();
            current = null;
            index++;
        }
        return null;
    }

    @Override
    protected void doClose() throws Exception {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
