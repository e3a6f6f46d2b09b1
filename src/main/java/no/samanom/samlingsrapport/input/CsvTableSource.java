package no.samanom.samlingsrapport.input;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV table as Excel writes it, read with Commons CSV in the detected dialect. A quote that
 * is opened and never closed would make the rest of the file one cell: that line is given
 * back as unreadable and reading goes on from the next line. A file whose content is not the
 * one fingerprinted is refused when its end is reached.
 */
final class CsvTableSource implements TableSource {

    /** How Commons CSV says a quoted cell ran to the end of the file (its line number is in the locale's digits). */
    private static final String UNCLOSED = "EOF reached before encapsulated token finished";
    private static final int QUOTED_LINE = 60;

    private final TableRef ref;
    private final CsvDialect dialect;
    private final CSVFormat format;
    private boolean verified;
    private CSVParser parser;
    private LastCharacter tracked;
    private Iterator<CSVRecord> records;
    /** Physical lines before the current parser's first line: it starts again after an unclosed quote. */
    private int lineBase;
    private int nextStart = 1;
    private List<String> header = List.of();
    private int headerLine;

    private CsvTableSource(TableRef ref, CsvDialect dialect) {
        this.ref = ref;
        this.dialect = dialect;
        this.format = CSVFormat.DEFAULT.builder()
                .setDelimiter(dialect.delimiter())
                // blank lines are read (and passed over) so that line numbers stay true
                .setIgnoreEmptyLines(false)
                // forgive what Excel users produce: text after a closing quote
                .setTrailingData(true)
                // but not a quote left open: that is found and reported (next)
                .setLenientEof(false)
                .get();
    }

    static CsvTableSource open(TableRef ref) throws InputFileException {
        Path path = ref.filePath();
        try {
            InputFiles.Type type = InputFiles.type(path);
            if (type != InputFiles.Type.FILE) {
                throw new InputFileException(InputFiles.refusal(type));
            }
            if (InputFiles.size(path) == 0) {
                throw new InputFileException("Filen er tom.");
            }
            CsvTableSource source = new CsvTableSource(ref, CsvDialect.detect(path));
            source.start(source.dialect.reader(InputFiles.open(path)));
            source.readHeader();
            return source;
        } catch (IOException | UncheckedIOException e) {
            throw new InputFileException("Filen kunne ikke leses som CSV (" + Visible.of(String.valueOf(e.getMessage()),
                    Visible.VALUE) + "). Lagre den fra Excel som «CSV (semikolondelt)» eller som .xlsx.", e);
        }
    }

    private void start(Reader reader) throws IOException {
        tracked = new LastCharacter(reader);
        parser = format.parse(tracked);
        records = parser.iterator();
    }

    private void readHeader() throws IOException, InputFileException {
        RawRow first = next();
        if (first != null && first.problem() != null) {
            throw new InputFileException("Overskriftsraden (linje " + first.line() + ") har et anførselstegn (\") "
                    + "som aldri lukkes. Fjern det eller skriv det dobbelt (\"\").");
        }
        if (first != null) {
            header = first.cells();
            headerLine = first.line();
        }
    }

    CsvDialect dialect() {
        return dialect;
    }

    @Override
    public List<String> notes() {
        return dialect.note() == null ? List.of() : List.of(dialect.note());
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
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    verify();
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                if (!String.valueOf(e.getCause().getMessage()).contains(UNCLOSED)) {
                    throw e.getCause();
                }
                // the record that never ended starts where the last one ended, on the line the quote opened
                return recover(nextStart);
            }
            int start = nextStart;
            nextStart = lineBase + (int) parser.getCurrentLineNumber() + 1;
            RawRow row = new RawRow(start, record.toList());
            if (!row.isBlank()) {
                return row;
            }
        }
    }

    /**
     * The parser ran to the end of the file inside a quoted cell that opened on line {@code opened}.
     * That line is given back as unreadable, and a new parser starts on the line after it.
     */
    private RawRow recover(int opened) throws IOException {
        // the parser counts line breaks; a last line without one is a line too
        int lastLine = lineBase + (int) parser.getCurrentLineNumber() + (tracked.endsWithLineBreak() ? 0 : 1);
        verify();
        parser.close();
        BufferedReader reader = new BufferedReader(dialect.reader(InputFiles.open(ref.filePath())));
        String text = skipLines(reader, opened);
        start(reader);
        lineBase = opened;
        nextStart = opened + 1;
        int swallowed = Math.max(0, lastLine - opened);
        String rest = swallowed == 0 ? " før filen slutter"
                : ", så " + (swallowed == 1 ? "linjen etter" : "de " + Visible.count(swallowed) + " linjene etter")
                + " ble lest som én celle";
        return RawRow.unreadable(opened, text, "Et anførselstegn (\") åpnes på linje " + opened + " og lukkes aldri"
                + rest + ". Linjen er forkastet, og lesingen fortsetter på linjen etter den. Fjern anførselstegnet "
                + "eller skriv det dobbelt (\"\")");
    }

    /** Skips physical lines as Commons CSV counts them (\n, \r, \r\n); returns the start of the last one. */
    private static String skipLines(BufferedReader reader, int lines) throws IOException {
        StringBuilder last = new StringBuilder();
        for (int line = 1; line <= lines; line++) {
            last.setLength(0);
            int c;
            while ((c = reader.read()) >= 0 && c != '\n' && c != '\r') {
                if (last.length() < QUOTED_LINE) {
                    last.append((char) c);
                }
            }
            if (c == '\r') {
                reader.mark(1);
                if (reader.read() != '\n') {
                    reader.reset();
                }
            }
            if (c < 0) {
                break;
            }
        }
        return last.toString();
    }

    /** At the end of the first reading: the file must be the one fingerprinted. */
    private void verify() throws IOException {
        if (!verified) {
            verified = true;
            ref.verifyUnchanged();
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** A reader that remembers whether the last character it gave was a line break. */
    private static final class LastCharacter extends FilterReader {
        private int last = -1;

        LastCharacter(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                last = c;
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                last = buffer[offset + n - 1];
            }
            return n;
        }

        boolean endsWithLineBreak() {
            return last == '\n' || last == '\r';
        }
    }
}
