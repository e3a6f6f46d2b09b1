package no.samanom.samlingsrapport.job;

import java.io.IOException;
import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import no.samanom.samlingsrapport.input.InputChangedException;
import no.samanom.samlingsrapport.input.InputFileException;
import no.samanom.samlingsrapport.input.RawRow;
import no.samanom.samlingsrapport.input.TablePlan;
import no.samanom.samlingsrapport.input.TableSource;
import no.samanom.samlingsrapport.input.Visible;

/**
 * Reads the rows of all of a gathering's tables in plan order. Restartable: on restart it
 * reads forward to the last committed row count. A file that a library cannot read to its
 * end gives one unreadable row saying where it stopped, and the next table is read; a file
 * that is no longer the one fingerprinted fails the step, so that the next run takes the new
 * version whole.
 */
class GatheringItemReader extends AbstractItemCountingItemStreamItemReader<TableRow> {

    /** Its name, which prefixes what it keeps in the step's execution context. */
    static final String NAME = "gatheringRows";

    private final List<TablePlan> tables;
    private int index;
    private TableSource current;
    private int lastLine;

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
            TablePlan table = tables.get(index);
            if (current == null) {
                current = reopen(table);
                lastLine = table.headerLine();
            }
            RawRow row;
            try {
                row = current.next();
            } catch (InputChangedException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                nextTable();
                return new TableRow(index - 1, RawRow.unreadable(lastLine + 1, "", "Filen kunne ikke leses videre etter "
                        + (table.ref().sheet() == null ? "linje " : "rad ") + lastLine + " (" + e.getClass().getSimpleName()
                        + ": " + Visible.of(String.valueOf(e.getMessage()), Visible.VALUE)
                        + "); resten av filen er ikke brukt. Lagre filen på nytt fra Excel"));
            }
            if (row == null) {
                nextTable();
                continue;
            }
            lastLine = row.line();
            if (!table.isUnfilledFormLine(row)) {
                return new TableRow(index, row);
            }
        }
        return null;
    }

    /** The inspect step opened this table moments ago: failing now means it changed, and the next run takes it. */
    private static TableSource reopen(TablePlan table) throws InputChangedException {
        try {
            return TableSource.open(table.ref());
        } catch (InputFileException e) {
            throw new InputChangedException("Filen " + table.ref().file() + " kunne ikke åpnes igjen (" + e.getMessage()
                    + "); samlingen tas på nytt ved neste kjøring.", e);
        }
    }

    private void nextTable() throws IOException {
        TableSource done = current;
        current = null;
        index++;
        done.close();
    }

    @Override
    protected void doClose() throws Exception {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
