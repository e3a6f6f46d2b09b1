package no.samanom.samlingsrapport.input;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
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

    /** The next non-blank row after the header, or null at the end. */
    RawRow next() throws IOException;

    /** Opens a table by its file type: CSV (dialect detected) or an Excel sheet. */
    static TableSource open(TableRef ref) throws InputFileException {
        Path path = ref.filePath();
        return isCsv(path) ? CsvTableSource.open(path) : ExcelTableSource.open(path, ref.sheet());
    }

    static boolean isCsv(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".txt");
    }
}
