package no.samanom.samlingsrapport.input;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The rows of a plan's tables in plan order: the one read loop of every job and of
 * {@code validate}. Unfilled lines of the blank form are passed over. A file that a library
 * cannot read to its end gives one unreadable row saying where it stopped, and the next table
 * is read; a file that is no longer the one fingerprinted ends the reading with an
 * {@link InputChangedException}, so that the next run takes the new version whole.
 */
public final class PlanReader implements Closeable {

    private final List<TablePlan> tables;
    private int index;
    private TableSource current;
    private int lastLine;

    public PlanReader(List<TablePlan> tables) {
        this.tables = tables;
    }

    /** The next row, or null after the last table's last row. */
    public TableRow next() throws IOException {
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

    /** The table was opened when it was inspected: failing now means it changed, and the next run takes it. */
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
    public void close() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
