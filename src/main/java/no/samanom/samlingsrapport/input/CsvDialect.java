package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * How a CSV file was saved: its encoding and its delimiter, both detected, because a
 * Norwegian Excel saves semicolons in Windows-1252 while others save commas or tabs in UTF-8.
 */
public record CsvDialect(Charset charset, char delimiter) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {';', '\t', ','};
    private static final int SNIFF_LINES = 30;

    public static CsvDialect detect(Path file) throws IOException {
        Charset charset = detectCharset(file);
        try (Reader reader = openReader(file, charset)) {
            return new CsvDialect(charset, detectDelimiter(reader));
        }
    }

    /** A reader positioned after any byte-order mark (Commons CSV does not skip one). */
    public static Reader openReader(Path file, Charset charset) throws IOException {
        InputStream in = BOMInputStream.builder()
                .setInputStream(Files.newInputStream(file))
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
                .get();
        return new InputStreamReader(in, charset);
    }

    static Charset detectCharset(Path file) throws IOException {
        try (BOMInputStream in = BOMInputStream.builder()
                .setInputStream(Files.newInputStream(file))
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
                .get()) {
            if (in.hasBOM()) {
                return Charset.forName(in.getBOMCharsetName());
            }
        }
        return isValidUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** The whole file is checked: a Windows-1252 "ø" may first appear far down. */
    private static boolean isValidUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buffer = new char[1 << 16];
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
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
        return charset.name() + ", " + name;
    }
}
