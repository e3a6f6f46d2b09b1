package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV table as Excel writes it, read with Commons CSV in the detected dialect. */
final class CsvTableSource implements TableSource {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvDialect dialect;
    private List<String> header = List.of();
    private int headerLine;
    private int nextStart = 1;

    private CsvTableSource(CSVParser parser, CsvDialect dialect) {
        this.parser = parser;
        this.records = parser.iterator();
        this.dialect = dialect;
    }

    static CsvTableSource open(Path path) throws InputFileException {
        try {
            if (Files.size(path) == 0) {
                throw new InputFileException("Filen er tom.");
            }
            CsvDialect dialect = CsvDialect.detect(path);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(dialect.delimiter())
                    // blank lines are read (and passed over) so that line numbers stay true
                    .setIgnoreEmptyLines(false)
                    // forgive what Excel users produce: text after a closing quote, a quote left open
                    .setTrailingData(true)
                    .setLenientEof(true)
                    .get();
            Reader reader = CsvDialect.openReader(path, dialect.charset());
            CsvTableSource source = new CsvTableSource(format.parse(reader), dialect);
            source.readHeader();
            return source;
        } catch (IOException | UncheckedIOException e) {
            throw new InputFileException("Filen kunne ikke leses som CSV (" + e.getMessage()
                    + "). Lagre den fra Excel som «CSV (semikolondelt)» eller som .xlsx.", e);
        }
    }

    private void readHeader() throws IOException {
        RawRow first = next();
        if (first != null) {
            header = first.cells();
            headerLine = first.line();
        }
    }

    CsvDialect dialect() {
        return dialect;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public int headerLine() {
        return headerLine;
    }

    @Override
    public RawRow next() throws IOException {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int start = nextStart;
                nextStart = (int) parser.getCurrentLineNumber() + 1;
                RawRow row = new RawRow(start, record.toList());
                if (!row.isBlank()) {
                    return row;
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
