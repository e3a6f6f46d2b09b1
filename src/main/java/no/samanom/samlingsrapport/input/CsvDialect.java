package no.samanom.samlingsrapport.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a CSV file was saved: its encoding and its delimiter, both detected, because a
 * Norwegian Excel saves semicolons in Windows-1252 while others save commas or tabs in UTF-8.
 * A file edited by two programs can hold both encodings (a UTF-8 byte-order mark before
 * Windows-1252 letters, say): then each line is read in the encoding it is valid in, and
 * {@link #note()} says which lines were read as Windows-1252.
 *
 * @param charset   the file's encoding; UTF-8 also for a mixed file
 * @param delimiter ';', ',' or tab
 * @param mixed     lines that are not valid UTF-8 are read as Windows-1252, the others as UTF-8
 * @param bom       the byte-order mark to skip: 0, 2 or 3 bytes
 * @param note      why a mixed file was read so, for the deviation list; null otherwise
 */
public record CsvDialect(Charset charset, char delimiter, boolean mixed, int bom, String note) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {';', '\t', ','};
    private static final int SNIFF_LINES = 30;
    private static final int LINES_NAMED = 5;

    /** Reads the whole file once: a Windows-1252 "ø" may first appear far down. */
    public static CsvDialect detect(Path file) throws IOException {
        Encoding encoding = KnownFiles.fact(file, "encoding", () -> {
            try (InputStream in = InputFiles.open(file)) {
                return Encoding.of(in);
            }
        });
        CsvDialect undecided = encoding.dialect(';');
        try (Reader reader = new BufferedReader(undecided.reader(InputFiles.open(file)))) {
            return encoding.dialect(detectDelimiter(reader));
        }
    }

    /** A reader of the file's text, after the byte-order mark (Commons CSV does not skip one). */
    public Reader reader(InputStream in) throws IOException {
        in.readNBytes(bom); // read, not skipped: a digest on the stream must see every byte
        if (mixed) {
            return new LineDecodingReader(in);
        }
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /**
     * The delimiter that splits the header and the first lines into the same number of
     * fields; ties go to the semicolon, Norwegian Excel's choice.
     */
    static char detectDelimiter(Reader reader) throws IOException {
        List<int[]> counts = countOutsideQuotes(reader);
        char best = ';';
        int bestScore = 0;
        for (int d = 0; d < DELIMITERS.length; d++) {
            if (counts.isEmpty() || counts.get(0)[d] == 0) {
                continue;
            }
            int headerCount = counts.get(0)[d];
            int score = 0;
            for (int[] line : counts) {
                if (line[d] == headerCount) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = DELIMITERS[d];
                bestScore = score;
            }
        }
        return best;
    }

    private static List<int[]> countOutsideQuotes(Reader reader) throws IOException {
        List<int[]> lines = new ArrayList<>();
        int[] current = new int[DELIMITERS.length];
        boolean inQuotes = false;
        boolean blank = true;
        int c;
        while (lines.size() < SNIFF_LINES && (c = reader.read()) >= 0) {
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                if (!blank) {
                    lines.add(current);
                }
                current = new int[DELIMITERS.length];
                blank = true;
                continue;
            }
            if (!inQuotes) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        current[d]++;
                    }
                }
            }
            if (!Character.isWhitespace(c)) {
                blank = false;
            }
        }
        if (!blank) {
            lines.add(current);
        }
        return lines;
    }

    /** "Windows-1252, semikolon" for the data basis. */
    public String describe() {
        String name = switch (delimiter) {
            case ';' -> "semikolon";
            case ',' -> "komma";
            default -> "tabulator";
        };
        return (mixed ? "UTF-8 og Windows-1252" : charset.name()) + ", " + name;
    }

    /**
     * What one pass over the bytes found: the byte-order mark, and which lines hold letters
     * beyond ASCII that are valid UTF-8 and which are not.
     */
    private record Encoding(Charset bomCharset, int bom, int utf8Lines, int invalidLines, List<Integer> invalid) {

        static Encoding of(InputStream raw) throws IOException {
            PushbackInputStream in = new PushbackInputStream(raw, 3);
            byte[] head = new byte[3];
            int n = in.readNBytes(head, 0, 3);
            if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return new Encoding(StandardCharsets.UTF_16BE, 2, 0, 0, List.of());
            }
            if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return new Encoding(StandardCharsets.UTF_16LE, 2, 0, 0, List.of());
            }
            boolean utf8Bom = n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
            if (!utf8Bom) {
                in.unread(head, 0, n);
            }
            LineScan scan = new LineScan();
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                scan.feed(buffer, read);
            }
            scan.endLine();
            return new Encoding(utf8Bom ? StandardCharsets.UTF_8 : null, utf8Bom ? 3 : 0, scan.utf8Lines,
                    scan.invalidLines, scan.invalid);
        }

        CsvDialect dialect(char delimiter) {
            if (bomCharset != null && bomCharset != StandardCharsets.UTF_8) {
                return new CsvDialect(bomCharset, delimiter, false, bom, null);
            }
            if (invalidLines == 0) {
                return new CsvDialect(StandardCharsets.UTF_8, delimiter, false, bom, null);
            }
            if (utf8Lines == 0 && bom == 0) {
                return new CsvDialect(WINDOWS_1252, delimiter, false, 0, null);
            }
            String lines = "linje " + String.join(", ", invalid.stream().map(String::valueOf).toList())
                    + (invalidLines > invalid.size() ? " og " + Visible.count(invalidLines - invalid.size()) + " til" : "");
            String why = bom > 0
                    ? "Filen er merket som UTF-8 (byte-order mark), men " + lines + " er ikke gyldig UTF-8"
                    : "Filen har linjer i både UTF-8 og Windows-1252, og " + lines + " er ikke gyldig UTF-8";
            return new CsvDialect(StandardCharsets.UTF_8, delimiter, true, bom, why + "; de er lest som Windows-1252 "
                    + "(filen er trolig lagret av to programmer). Kontroller æ, ø og å på disse linjene, "
                    + "og lagre filen på nytt som «CSV UTF-8» eller som .xlsx.");
        }
    }

    /** A UTF-8 check per line, across buffer boundaries. Lines end at \n, \r or \r\n, as Commons CSV counts them. */
    private static final class LineScan {
        int line = 1;
        int utf8Lines;
        int invalidLines;
        final List<Integer> invalid = new ArrayList<>();
        private boolean nonAscii;
        private boolean bad;
        private int pending;
        private boolean afterCr;

        void feed(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                int b = bytes[i] & 0xFF;
                if (pending > 0) {
                    if ((b & 0xC0) == 0x80) {
                        pending--;
                        continue;
                    }
                    bad = true;
                    pending = 0;
                }
                if (b == '\n' || b == '\r') {
                    if (!(b == '\n' && afterCr)) {
                        endLine();
                        line++;
                    }
                    afterCr = b == '\r';
                    continue;
                }
                afterCr = false;
                if (b < 0x80) {
                    continue;
                }
                nonAscii = true;
                if (b >= 0xC2 && b <= 0xDF) {
                    pending = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    pending = 2;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    pending = 3;
                } else {
                    bad = true;
                }
            }
        }

        void endLine() {
            if (pending > 0) {
                bad = true;
                pending = 0;
            }
            if (bad) {
                invalidLines++;
                if (invalid.size() < LINES_NAMED) {
                    invalid.add(line);
                }
            } else if (nonAscii) {
                utf8Lines++;
            }
            bad = false;
            nonAscii = false;
        }
    }
}
