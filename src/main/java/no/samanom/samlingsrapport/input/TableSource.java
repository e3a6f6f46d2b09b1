package no.samanom.samlingsrapport.input;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Rows of one table, header first. Blank rows are passed over; everything else is returned
 * with its line number so that every row can be accounted for.
 */
public interface TableSource extends Closeable {

    /** The header: the first row that is not blank; empty when the table has no rows. */
    List<String> header();

    int headerLine();

    /**
     * The next non-blank row after the header, or null at the end.
     *
     * @throws InputChangedException at the end, when the file is not the one fingerprinted
     */
    RawRow next() throws IOException;

    /** Whether the table's plain-number dates count from 1904 (an Excel setting), not from 1900. */
    default boolean date1904() {
        return false;
    }

    /** What the reader noticed about the whole file (mixed encodings, say), for the deviation list. */
    default List<String> notes() {
        return List.of();
    }

    /** Opens a table by its file type: CSV (dialect detected), a sheet of an .xlsx (streamed) or of an .xls. */
    static TableSource open(TableRef ref) throws InputFileException {
        if (isCsv(ref.path())) {
            return CsvTableSource.open(ref);
        }
        return Workbooks.isPackage(ref.filePath())
                ? XlsxTableSource.open(ref, Workbooks.openPackage(ref.filePath())) : ExcelTableSource.open(ref);
    }

    static boolean isCsv(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".txt");
    }
}
