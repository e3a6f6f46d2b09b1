package no.samanom.samlingsrapport.input;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.samanom.samlingsrapport.input.DataRow.EvaluationRow;

/**
 * Properties of the input readers, for any input at all: opening a table succeeds or fails with
 * our own {@link InputFileException}; reading never throws (no fingerprint is given here);
 * every row read is used or rejected, never both or neither, so that the counts reconcile; and
 * everything shown from the input (deviations, findings, the data rows) carries no raw control
 * character or bidirectional override and is bounded in length. Each try has a time limit, so
 * that a hang fails instead of blocking the build.
 *
 * <p>The generators and the shrinker are written out here rather than taken from a
 * property-testing library. Each property runs a fixed number of tries from one random seed,
 * printed on failure with the smallest failing input found and the exception of that input;
 * {@code mvn test -Dtest=ReaderPropertiesTest -Dreader.seed=N} replays a run exactly. The
 * smallest failing input is also saved under {@code target/reader-properties/}.
 */
class ReaderPropertiesTest {

    private static final Duration PER_TRY = Duration.ofSeconds(5);
    /** The time a failing property may spend on finding a smaller failing input. */
    private static final Duration SHRINKING = Duration.ofSeconds(40);
    private static final int SHRINK_RUNS = 3000;
    /** A deviation's value is cut at {@link Visible#VALUE}, with "… (N tegn)" after it. */
    private static final int SHOWN_VALUE = 250;
    private static final int SHOWN_REASON = 2100;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<String> HEADER =
            List.of("respondent", "kommune", "parameter", "fungerte_bra", "hvorfor", "forbedring", "terningkast");

    private static RiskFactors factors;
    private static Municipalities municipalities;

    @TempDir
    Path dir;

    /** What the tries reached, printed after a property holds: a generator that never gets past the header tests little. */
    private final int[] reached = new int[6];
    private static final String[] REACHED = {"refused at open", "refused at match", "matched", "rows read", "rows used",
        "rows rejected"};

    @BeforeAll
    static void loadTemplatesAndWarmUp() throws Exception {
        factors = RiskFactors.parse(resource("/templates/risikofaktorer.txt"));
        municipalities = Municipalities.parse(resource("/templates/kommuner.csv"));
        // the first workbook loads much of POI: not to be counted against a try's time limit
        Path warm = Files.createTempDirectory("reader-properties-warm-up");
        for (boolean xlsx : new boolean[]{true, false}) {
            Path file = new WorkbookCase(xlsx, "Evaluering", 0, false, List.of()).write(warm);
            try (TableSource source = TableSource.open(Tables.ref(file, null))) {
                source.next();
            }
            Files.delete(file);
        }
        Files.delete(warm);
    }

    // ---------------------------------------------------------------- the properties

    @Test
    void csvReaderHoldsItsContractForArbitraryBytes() {
        forAll("CSV of random bytes", 200, ReaderPropertiesTest::randomBytes, CsvCase::smaller, this::readCsv);
    }

    @Test
    void csvReaderHoldsItsContractForCsvLikeText() {
        forAll("CSV-like text", 200, ReaderPropertiesTest::csvLikeText, CsvCase::smaller, this::readCsv);
    }

    /**
     * The same for the JVM's default locale of any machine. Commons CSV formats the line of a quote
     * that is never closed with the default locale ("(startline 1’002)" in Switzerland, Persian digits
     * in Iran); the reader must find that line whatever the digits and separators look like.
     */
    @Test
    void csvReaderHoldsItsContractInAnyDefaultLocale() {
        forAll("CSV-like text in another default locale", 60, random -> new LocaleCase(
                        pick(random, LOCALES), withQuoteLeftOpen(random, withLinesBefore(random, csvLikeText(random)))),
                LocaleCase::smaller, example -> {
                    Locale before = Locale.getDefault();
                    Locale.setDefault(example.locale());
                    try {
                        readCsv(example.csv());
                    } finally {
                        Locale.setDefault(before);
                    }
                });
    }

    private static final Locale[] LOCALES = Stream.of("de-CH", "fa-IR", "ar-EG", "fr-FR", "en-US", "hi-IN", "nb-NO")
            .map(Locale::forLanguageTag).toArray(Locale[]::new);

    record LocaleCase(Locale locale, CsvCase csv) {

        Stream<LocaleCase> smaller() {
            return csv.smaller().map(smaller -> new LocaleCase(locale, smaller));
        }

        @Override
        public String toString() {
            return "default locale " + locale.toLanguageTag() + ", " + csv;
        }
    }

    /** Half the time, a line at the end with a quote that is never closed, and a line after it. */
    private static CsvCase withQuoteLeftOpen(Random random, CsvCase csv) {
        if (random.nextBoolean()) {
            return csv;
        }
        List<Piece> pieces = new ArrayList<>(csv.pieces());
        pieces.add(Piece.text("R9;Bø;\"Åpen dialog;;;;5\r\nR10;Strand;Dag 2;Bra;;;4\r\n"));
        return new CsvCase(csv.encoding(), pieces);
    }

    /** Sometimes a thousand ordinary lines first, so that a quote left open is on a line of four digits. */
    private static CsvCase withLinesBefore(Random random, CsvCase csv) {
        if (random.nextBoolean() || csv.pieces().isEmpty() || csv.encoding().equals("mixed")) {
            return csv;
        }
        List<Piece> pieces = new ArrayList<>(csv.pieces());
        pieces.add(1, Piece.text("R1;Ørland;Dag 1;Bra;;;5\r\n".repeat(1000 + random.nextInt(200))));
        return new CsvCase(csv.encoding(), pieces);
    }

    @Test
    void xlsxReaderHoldsItsContractForArbitraryCells() {
        // POI looks up a TransformerFactory for every part it saves; on the test class path (Saxon among
        // many jars) that scan made each generated .xlsx take a few hundred ms to write. Naming the JDK's
        // own factory skips the scan; only the writing of the generated workbooks is affected.
        String key = "javax.xml.transform.TransformerFactory";
        String before = System.getProperty(key);
        System.setProperty(key, "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        try {
            forAll("xlsx cells", 50, random -> workbook(random, true), WorkbookCase::smaller, this::readWorkbook);
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }

    @Test
    void xlsReaderHoldsItsContractForArbitraryCells() {
        forAll("xls cells", 50, random -> workbook(random, false), WorkbookCase::smaller, this::readWorkbook);
    }

    private void readCsv(CsvCase example) throws Exception {
        Path folder = Files.createTempDirectory(dir, "try");
        Path file = folder.resolve("evaluering.csv");
        Files.write(file, example.bytes());
        readAndValidate(Tables.ref(file, null));
    }

    private void readWorkbook(WorkbookCase example) throws Exception {
        Path file;
        try {
            file = example.write(Files.createTempDirectory(dir, "try"));
        } catch (RuntimeException e) {
            // POI would not write these cells: not an input the reader can ever see
            throw new Discarded(e);
        }
        readAndValidate(Tables.ref(file, example.refersToSheet() ? example.sheet() : null));
    }

    /**
     * Opens, matches and validates a table as the job does, checking the contract at each step.
     * Runs under the per-try time limit.
     */
    private void readAndValidate(TableRef ref) {
        try {
            assertTimeoutPreemptively(PER_TRY, () -> readAndValidateNow(ref),
                    () -> "timeout: reading took more than " + PER_TRY.toSeconds() + " s");
        } catch (Violation | Discarded e) {
            throw e;
        } catch (AssertionError e) {
            if (String.valueOf(e.getMessage()).startsWith("timeout")) {
                throw new Violation("timeout", "reading took more than " + PER_TRY.toSeconds() + " s", null);
            }
            throw e;
        }
    }

    private void readAndValidateNow(TableRef ref) {
        TableSource source;
        try {
            source = TableSource.open(ref);
        } catch (InputFileException e) {
            checkFinding(ref, e);
            reached[0]++;
            return;
        } catch (Throwable e) {
            throw new Violation("open threw " + e.getClass().getName(), e.getMessage(), e);
        }
        try {
            List<Deviation> notes = new ArrayList<>();
            TablePlan plan;
            try {
                plan = TablePlan.match(ref, source, factors, notes);
            } catch (InputFileException e) {
                checkFinding(ref, e);
                reached[1]++;
                return;
            } catch (Throwable e) {
                throw new Violation("match threw " + e.getClass().getName(), e.getMessage(), e);
            }
            notes.forEach(ReaderPropertiesTest::checkDeviation);
            reached[2]++;
            RowValidator validator = new RowValidator(plan, factors, municipalities);
            int read = 0;
            int used = 0;
            int rejected = 0;
            int lastLine = plan.headerLine();
            while (true) {
                RawRow raw;
                try {
                    raw = source.next();
                } catch (Throwable e) {
                    throw new Violation("next() threw " + e.getClass().getName(), e.getMessage(), e);
                }
                if (raw == null) {
                    break;
                }
                read++;
                check(raw.line() > lastLine, "line numbers increase",
                        "row at line " + raw.line() + " after line " + lastLine);
                lastLine = raw.line();
                check(!raw.isBlank(), "no blank rows", "a blank row was returned at line " + raw.line());
                ValidatedRow row;
                try {
                    row = validator.validate(raw);
                } catch (Throwable e) {
                    throw new Violation("validate threw " + e.getClass().getName(), e.getMessage(), e);
                }
                boolean isRejected = row.deviations().stream().anyMatch(d -> d.consequence() == Consequence.ROW_REJECTED);
                check(row.rows().isEmpty() == isRejected, "used xor rejected", "line " + raw.line() + ": "
                        + row.rows().size() + " rows used, rejected: " + isRejected);
                check(row.origin().line() == raw.line(), "origin is the row's line",
                        row.origin().line() + " for line " + raw.line());
                if (isRejected) {
                    rejected++;
                } else {
                    used++;
                }
                row.deviations().forEach(ReaderPropertiesTest::checkDeviation);
                row.rows().forEach(ReaderPropertiesTest::checkDataRow);
            }
            check(read == used + rejected, "counts reconcile", read + " read, " + used + " used, " + rejected + " rejected");
            reached[3] += read;
            reached[4] += used;
            reached[5] += rejected;
            try {
                check(source.next() == null, "the end stays the end", "next() after the end returned a row");
            } catch (IOException | RuntimeException e) {
                throw new Violation("next() after the end threw " + e.getClass().getName(), e.getMessage(), e);
            }
        } finally {
            try {
                source.close();
            } catch (Throwable e) {
                throw new Violation("close() threw " + e.getClass().getName(), e.getMessage(), e);
            }
        }
    }

    /** A refused file: a message for the coordinator, safe to show as it is and as the finding made of it. */
    private static void checkFinding(TableRef ref, InputFileException e) {
        String message = e.getMessage();
        check(message != null && !message.isBlank(), "a finding has a message", String.valueOf(message));
        checkShown("the message of InputFileException", message, SHOWN_REASON);
        checkDeviation(new Deviation(ref.file(), ref.sheet(), 0, "", "", message, Consequence.FILE_REJECTED));
    }

    private static void checkDeviation(Deviation deviation) {
        check(deviation.consequence() != null, "a deviation has a consequence", deviation.toString());
        check(deviation.reason() != null && !deviation.reason().isBlank(), "a deviation has a reason", deviation.toString());
        checkShown("Deviation.file", deviation.file(), SHOWN_VALUE);
        checkShown("Deviation.sheet", deviation.sheet(), SHOWN_VALUE);
        checkShown("Deviation.column", deviation.column(), SHOWN_VALUE);
        checkShown("Deviation.value", deviation.value(), SHOWN_VALUE);
        checkShown("Deviation.reason", deviation.reason(), SHOWN_REASON);
    }

    /** What validation passes on is safe to show ({@link RowValidator}): a cell's layout (tab, line breaks) may stay. */
    private static void checkDataRow(DataRow row) {
        check(row instanceof EvaluationRow, "evaluation rows from an evaluation table", row.getClass().getName());
        EvaluationRow evaluation = (EvaluationRow) row;
        checkCellText("EvaluationRow.respondent", evaluation.respondent());
        checkCellText("EvaluationRow.municipality", evaluation.municipality());
        checkCellText("EvaluationRow.parameter", evaluation.parameter());
        Stream.of(evaluation.workedWell(), evaluation.why(), evaluation.improvements()).flatMap(List::stream)
                .forEach(statement -> checkCellText("EvaluationRow statement", statement));
        check(evaluation.score() == null || evaluation.score() >= 1 && evaluation.score() <= 6, "a score is 1 to 6",
                String.valueOf(evaluation.score()));
    }

    private static void checkShown(String what, String text, int longest) {
        if (text == null) {
            return;
        }
        int hidden = firstHidden(text, false);
        check(hidden < 0, "no hidden character in " + what, hiddenAt(text, hidden));
        check(text.length() <= longest, what + " is bounded", text.length() + " characters: "
                + Visible.of(text, 80));
    }

    private static void checkCellText(String what, String text) {
        if (text != null) {
            int hidden = firstHidden(text, true);
            check(hidden < 0, "no hidden character in " + what, hiddenAt(text, hidden));
        }
    }

    /** Like {@link Visible}: a proper surrogate pair is an ordinary character, a lone surrogate is not. */
    private static int firstHidden(String text, boolean layoutAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Visible.isHidden(c) && !(layoutAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                return i;
            }
        }
        return -1;
    }

    private static String hiddenAt(String text, int index) {
        return index < 0 ? "" : String.format("U+%04X at %d in «%s»", (int) text.charAt(index), index,
                Visible.of(text.substring(Math.max(0, index - 30), Math.min(text.length(), index + 30))));
    }

    private static void check(boolean holds, String rule, String detail) {
        if (!holds) {
            throw new Violation(rule, detail, null);
        }
    }

    // ---------------------------------------------------------------- CSV inputs

    /** Text pieces and raw bytes, as the file holds them. */
    record Piece(String text, byte[] raw, boolean windows1252) {

        static Piece text(String text) {
            return new Piece(text, null, false);
        }

        static Piece bytes(byte[] raw) {
            return new Piece(null, raw, false);
        }

        byte[] encode(String encoding) {
            if (raw != null) {
                return raw;
            }
            return switch (encoding) {
                case "windows-1252" -> text.getBytes(WINDOWS_1252);
                case "UTF-16LE+BOM" -> text.getBytes(StandardCharsets.UTF_16LE);
                case "UTF-16BE+BOM" -> text.getBytes(StandardCharsets.UTF_16BE);
                case "mixed" -> text.getBytes(windows1252 ? WINDOWS_1252 : StandardCharsets.UTF_8);
                default -> text.getBytes(StandardCharsets.UTF_8);
            };
        }

        /** Smaller pieces for shrinking: halves, then one character or byte less. */
        List<Piece> smaller() {
            int length = raw != null ? raw.length : text.length();
            List<Piece> out = new ArrayList<>();
            if (length > 1) {
                out.add(cut(0, length / 2));
                out.add(cut(length / 2, length));
            }
            if (length > 1 && length <= 40) {
                for (int i = 0; i < length; i++) {
                    out.add(without(i));
                }
            }
            if (text != null && !text.isEmpty() && !text.chars().allMatch(c -> c == 'a')
                    && text.chars().allMatch(Character::isLetter)) {
                out.add(new Piece("a".repeat(Math.min(length, 3)), null, windows1252));
            }
            return out;
        }

        private Piece cut(int from, int to) {
            return raw != null ? bytes(Arrays.copyOfRange(raw, from, to))
                    : new Piece(text.substring(from, to), null, windows1252);
        }

        private Piece without(int index) {
            if (raw != null) {
                byte[] less = new byte[raw.length - 1];
                System.arraycopy(raw, 0, less, 0, index);
                System.arraycopy(raw, index + 1, less, index, raw.length - index - 1);
                return bytes(less);
            }
            return new Piece(text.substring(0, index) + text.substring(index + 1), null, windows1252);
        }

        @Override
        public String toString() {
            return raw != null ? "bytes " + hex(raw) : (windows1252 ? "cp1252 " : "") + quoted(text);
        }
    }

    /** A CSV file: an encoding (with its byte-order mark) and its pieces. */
    record CsvCase(String encoding, List<Piece> pieces) {

        byte[] bytes() {
            var out = new java.io.ByteArrayOutputStream();
            switch (encoding) {
                case "UTF-8+BOM" -> out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                case "UTF-16LE+BOM" -> out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xFE});
                case "UTF-16BE+BOM" -> out.writeBytes(new byte[]{(byte) 0xFE, (byte) 0xFF});
                default -> {
                }
            }
            pieces.forEach(piece -> out.writeBytes(piece.encode(encoding)));
            return out.toByteArray();
        }

        Stream<CsvCase> smaller() {
            Stream<CsvCase> plainer = encoding.equals("UTF-8") || encoding.equals("raw") ? Stream.empty()
                    : Stream.of(new CsvCase("UTF-8", pieces));
            return Stream.of(plainer,
                    sublists(pieces).map(fewer -> new CsvCase(encoding, fewer)),
                    simpler(pieces, Piece::smaller).map(simpler -> new CsvCase(encoding, simpler))).flatMap(c -> c);
        }

        @Override
        public String toString() {
            byte[] bytes = bytes();
            return "encoding " + encoding + ", " + bytes.length + " bytes: " + quoted(new String(bytes, StandardCharsets.ISO_8859_1))
                    + "\n  pieces: " + pieces;
        }
    }

    private static CsvCase randomBytes(Random random) {
        List<Piece> pieces = new ArrayList<>();
        if (random.nextInt(3) > 0) {
            pieces.add(Piece.text(headerLine(random, pick(random, ";", ";", ",", "\t")) + pick(random, "\r\n", "\n", "\r")));
        }
        int chunks = random.nextInt(20) == 0 ? 100 + random.nextInt(400) : random.nextInt(40);
        for (int i = 0; i < chunks; i++) {
            byte[] chunk = new byte[1 + random.nextInt(random.nextInt(20) == 0 ? 1000 : 40)];
            boolean uniform = random.nextBoolean();
            for (int b = 0; b < chunk.length; b++) {
                chunk[b] = uniform ? (byte) random.nextInt(256) : pick(random, INTERESTING_BYTES);
            }
            pieces.add(Piece.bytes(chunk));
        }
        return new CsvCase(pick(random, "raw", "UTF-8+BOM", "UTF-16LE+BOM", "raw"), pieces);
    }

    private static final Byte[] INTERESTING_BYTES = Stream.of(0x00, 0x01, 0x09, 0x0A, 0x0D, 0x0D, 0x0A, 0x1B, 0x20,
            0x22, 0x22, 0x2C, 0x3B, 0x3B, 0x3B, 0x35, 0x61, 0x7F, 0x80, 0x85, 0x9B, 0xA0, 0xC3, 0xA5, 0xB8, 0xE5,
            0xF8, 0xE2, 0x80, 0xAE, 0xED, 0xA0, 0xEF, 0xBB, 0xBF, 0xF0, 0x9F, 0xF5, 0xFE, 0xFF).map(Integer::byteValue)
            .toArray(Byte[]::new);

    /** Tokens a CSV saved by people and programs is made of, strange ones included. */
    private static final String[] TOKENS = {
        ";", ";", ";", ";", ",", ",", "\t", "\"", "\"", "\"\"", "\r\n", "\r\n", "\r\n", "\n", "\r", " ", "  ",
        "a", "Bra", "God planlegging", "æøå", "ÆØÅ", "Ørland", "Karmøy", "karmoy", "Bø", "Guovdageaidnu - Kautokeino",
        "R1", "Dag 1", "Generelt", "5", "6", "1", "0", "7", "4,5", "5,0", "1.000", "1 234,5", "-0", "1e3", "٣", "5\u00A0",
        "\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B[2J", "\u001B]0;tittel\u0007", "\u007F",
        "\u0085", "\u009B", "\u00A0", "\u00AD", "\u061C", "\u200B", "\u200E", "\u200F", "\u202A", "\u202E",
        "\u2066", "\u2069", "\u2028", "\u2029", "\uFEFF", "\uFFFD", "\u202F", "o\u0338", "😀", "👍🏽", "𝔘",
        "\uD800", "\uDC00", "• ", "- ", "* ", "▪", "#N/A", "=1+1", "SANN", "USANN",
    };

    private static CsvCase csvLikeText(Random random) {
        String encoding = pick(random, "UTF-8", "UTF-8", "UTF-8+BOM", "windows-1252", "windows-1252", "mixed",
                "UTF-16LE+BOM", "UTF-16BE+BOM");
        String delimiter = pick(random, ";", ";", ";", ",", "\t");
        String lineBreak = pick(random, "\r\n", "\r\n", "\n", "\r");
        boolean rawBytes = !encoding.startsWith("UTF-16");
        List<Piece> pieces = new ArrayList<>();
        if (random.nextInt(5) > 0) {
            pieces.add(Piece.text(headerLine(random, delimiter) + lineBreak));
        }
        int rows = random.nextInt(random.nextInt(10) == 0 ? 300 : 12);
        for (int r = 0; r < rows; r++) {
            boolean cp1252 = encoding.equals("mixed") && random.nextBoolean();
            int fields = random.nextInt(10) == 0 ? random.nextInt(30) : 7;
            StringBuilder line = new StringBuilder();
            for (int f = 0; f < fields; f++) {
                if (f > 0) {
                    line.append(delimiter);
                }
                line.append(field(random));
            }
            pieces.add(new Piece(line.toString(), null, cp1252));
            int chaos = random.nextInt(4) == 0 ? random.nextInt(6) : 0;
            for (int c = 0; c < chaos; c++) {
                pieces.add(rawBytes && random.nextInt(4) == 0
                        ? Piece.bytes(new byte[]{pick(random, INTERESTING_BYTES), pick(random, INTERESTING_BYTES)})
                        : new Piece(pick(random, TOKENS), null, cp1252));
            }
            pieces.add(new Piece(random.nextInt(20) == 0 ? pick(random, TOKENS) : lineBreak, null, cp1252));
        }
        return new CsvCase(encoding, pieces);
    }

    private static String field(Random random) {
        return switch (random.nextInt(20)) {
            case 0 -> "";
            case 1 -> "x".repeat(random.nextInt(random.nextInt(4) == 0 ? 30_000 : 300)); // a very long field
            case 2 -> "\"" + "Lang tekst; med \"\"sitat\"\"\r\n".repeat(random.nextInt(random.nextInt(4) == 0 ? 1500 : 20)) + "\"";
            case 3, 4 -> "\"" + tokens(random, 1 + random.nextInt(8)) + "\"";
            case 5 -> pick(random, "1", "2", "3", "4", "5", "6", "4,5", "7", "0", "", " 5 ");
            default -> tokens(random, random.nextInt(5));
        };
    }

    private static String tokens(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(pick(random, TOKENS));
        }
        return text.toString();
    }

    private static String headerLine(Random random, String delimiter) {
        List<String> header = new ArrayList<>(HEADER);
        if (random.nextInt(4) == 0) {
            java.util.Collections.shuffle(header, random);
        }
        if (random.nextInt(6) == 0) {
            header.add(tokens(random, 1 + random.nextInt(3))); // an unknown column, perhaps a strange one
        }
        if (random.nextInt(8) == 0) {
            header.remove(random.nextInt(header.size()));
        }
        return header.stream().map(h -> random.nextInt(6) == 0 ? "\"" + h + "\"" : h)
                .collect(Collectors.joining(delimiter));
    }

    // ---------------------------------------------------------------- workbook inputs

    /**
     * A cell to write: text, number, date, boolean, error, formula (with a cached value, or none) or a blank
     * cell with a style. A number may carry a date format.
     */
    record CellSpec(int row, int column, String type, Object value, String formula, boolean dateStyle) {

        void write(Workbook workbook, Sheet sheet, CellStyle dates) {
            Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
            Cell cell = r.createCell(column);
            if (dateStyle) {
                cell.setCellStyle(dates);
            }
            switch (type) {
                case "text" -> cell.setCellValue((String) value);
                case "number" -> cell.setCellValue((Double) value);
                case "date" -> cell.setCellValue((LocalDateTime) value);
                case "boolean" -> cell.setCellValue((Boolean) value);
                case "error" -> cell.setCellErrorValue(((FormulaError) value).getCode());
                case "blank" -> cell.setBlank();
                case "formula" -> {
                    cell.setCellFormula(formula);
                    if (value instanceof Double number) {
                        cell.setCellValue(number);
                    } else if (value instanceof String text) {
                        cell.setCellValue(text);
                    } else if (value instanceof Boolean bool) {
                        cell.setCellValue(bool);
                    } else if (value instanceof FormulaError error) {
                        cell.setCellErrorValue(error.getCode());
                    }
                }
                default -> throw new IllegalArgumentException(type);
            }
        }

        List<CellSpec> smaller() {
            List<CellSpec> out = new ArrayList<>();
            if (value instanceof String text && text.length() > 1) {
                out.add(new CellSpec(row, column, type, text.substring(0, text.length() / 2), formula, dateStyle));
                out.add(new CellSpec(row, column, type, text.substring(text.length() / 2), formula, dateStyle));
                if (text.length() <= 40) {
                    for (int i = 0; i < text.length(); i++) {
                        out.add(new CellSpec(row, column, type, text.substring(0, i) + text.substring(i + 1), formula,
                                dateStyle));
                    }
                }
            }
            if (value instanceof Double number && number != 1.0 && !type.equals("date")) {
                out.add(new CellSpec(row, column, type, 1.0, formula, dateStyle));
            }
            if (dateStyle) {
                out.add(new CellSpec(row, column, type, value, formula, false));
            }
            return out;
        }

        @Override
        public String toString() {
            String where = "R" + (row + 1) + "C" + (column + 1) + " ";
            String shown = value instanceof String text ? quoted(text)
                    : value instanceof Double d ? d + (d == 0 && 1 / d < 0 ? " (-0.0)" : "") : String.valueOf(value);
            return where + switch (type) {
                case "formula" -> "formula =" + formula + " cached " + shown;
                case "blank" -> "blank";
                default -> type + " " + shown;
            } + (dateStyle ? " [date format]" : "");
        }
    }

    record WorkbookCase(boolean xlsx, String sheet, int headerRow, boolean date1904, List<CellSpec> cells) {

        boolean refersToSheet() {
            return !sheet.equals("Evaluering");
        }

        Path write(Path folder) throws IOException {
            Path file = folder.resolve(xlsx ? "evaluering.xlsx" : "evaluering.xls");
            try (Workbook workbook = xlsx ? new XSSFWorkbook() : new HSSFWorkbook()) {
                if (date1904) {
                    XSSFWorkbook xssf = (XSSFWorkbook) workbook;
                    var properties = xssf.getCTWorkbook().isSetWorkbookPr() ? xssf.getCTWorkbook().getWorkbookPr()
                            : xssf.getCTWorkbook().addNewWorkbookPr();
                    properties.setDate1904(true);
                }
                Sheet s = workbook.createSheet(sheet);
                CellStyle dates = workbook.createCellStyle();
                dates.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
                Row header = s.createRow(headerRow);
                for (int i = 0; i < HEADER.size(); i++) {
                    header.createCell(i).setCellValue(HEADER.get(i));
                }
                for (CellSpec cell : cells) {
                    cell.write(workbook, s, dates);
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    workbook.write(out);
                }
            }
            return file;
        }

        Stream<WorkbookCase> smaller() {
            List<WorkbookCase> plainer = new ArrayList<>();
            if (!sheet.equals("Evaluering")) {
                plainer.add(new WorkbookCase(xlsx, "Evaluering", headerRow, date1904, cells));
            }
            if (headerRow > 0 && cells.stream().allMatch(c -> c.row() > headerRow)) {
                plainer.add(new WorkbookCase(xlsx, sheet, 0, date1904, cells));
            }
            if (date1904) {
                plainer.add(new WorkbookCase(xlsx, sheet, headerRow, false, cells));
            }
            return Stream.of(plainer.stream(),
                    sublists(cells).map(fewer -> new WorkbookCase(xlsx, sheet, headerRow, date1904, fewer)),
                    simpler(cells, CellSpec::smaller).map(simpler -> new WorkbookCase(xlsx, sheet, headerRow, date1904,
                            simpler))).flatMap(c -> c);
        }

        @Override
        public String toString() {
            return (xlsx ? ".xlsx" : ".xls") + (date1904 ? " (1904 date system)" : "") + ", sheet " + quoted(sheet)
                    + ", header " + HEADER + " on row " + (headerRow + 1) + ", " + cells.size() + " cells:"
                    + cells.stream().map(c -> "\n    " + c).collect(Collectors.joining());
        }
    }

    private static final double[] NUMBERS = {
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0, 1, 5, 6, 7, 4.5, 5.0000000001,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 1e15, 1e15 + 0.5, 1e16, 9.999e14,
        123456789012345678d, 1e-300, 41351, 39889, 2958465, 2958466, 60, -1, 0.5, 1e308, 1e10,
    };

    /** The errors a cell can hold (POI has a few more of its own, with negative codes). */
    private static final FormulaError[] ERRORS = Arrays.stream(FormulaError.values())
            .filter(e -> e.getCode() >= 0 && FormulaError.isValidCode(e.getCode())).toArray(FormulaError[]::new);

    private static final String[] FORMULAS = {"1/0", "NA()", "A1", "1+1", "SQRT(-1)", "\"tekst\"", "TRUE()",
        "DATE(2013,3,18)", "SUM(A1:B2)", "A1&\"x\"", "#REF!"};

    private static WorkbookCase workbook(Random random, boolean xlsx) {
        int headerRow = random.nextInt(4) == 0 ? random.nextInt(5) : 0;
        int maxColumn = xlsx ? 16_383 : 255;
        List<CellSpec> cells = new ArrayList<>();
        // rows as a coordinator fills them in, each column with a value of its kind, some left out
        int rows = random.nextInt(random.nextInt(5) == 0 ? 40 : 8);
        int row = headerRow;
        for (int r = 0; r < rows; r++) {
            row += 1 + (random.nextInt(5) == 0 ? random.nextInt(random.nextInt(10) == 0 ? 5000 : 10) : 0); // sparse rows
            for (int column = 0; column < HEADER.size(); column++) {
                if (random.nextInt(10) < 7) {
                    cells.add(columnCell(random, row, column));
                }
            }
        }
        // and cells of any kind anywhere: beside the table, above or on the header, far to the right
        int stray = random.nextInt(random.nextInt(5) == 0 ? 40 : 10);
        for (int i = 0; i < stray; i++) {
            int strayRow = random.nextInt(30) == 0 ? random.nextInt(headerRow + 1) : headerRow + 1 + random.nextInt(15);
            int column = random.nextInt(15) == 0 ? random.nextInt(maxColumn + 1) : random.nextInt(10);
            if (strayRow == headerRow && column < HEADER.size()) {
                column = HEADER.size() + random.nextInt(3);
            }
            cells.add(cell(random, strayRow, column));
        }
        String sheet = random.nextInt(4) == 0 ? pick(random, "Ark 1", "Eval\u202Euering", "😀", "Ev\u0007al", "evaluering ")
                : "Evaluering";
        return new WorkbookCase(xlsx, sheet, headerRow, xlsx && random.nextInt(5) == 0, cells);
    }

    /** Characters that must never reach a report or a terminal as they are. */
    private static final String[] HOSTILE = {"\u0000", "\u0007", "\u001B[2J", "\u007F", "\u0085", "\u009B", "\u202E",
        "\u2066", "\u200F", "\u2028", "\uD800", "\uDC00", "\uFEFF", "\u061C"};

    /** A value of the column's kind, a hostile character in it now and then; sometimes anything at all. */
    private static CellSpec columnCell(Random random, int row, int column) {
        String hostile = random.nextBoolean() ? "" : pick(random, HOSTILE);
        return switch (random.nextInt(4) == 0 ? "any" : HEADER.get(column)) {
            case "respondent" -> new CellSpec(row, column, "text", "R" + random.nextInt(20) + hostile, null, false);
            case "kommune" -> new CellSpec(row, column, "text",
                    pick(random, "Ørland", "Karmøy", "karmoy", "Bø", "Oslo", "Ukjent", "3001") + hostile, null, false);
            case "parameter" -> new CellSpec(row, column, "text", pick(random, "Dag 1", "Ekskursjon", "") + hostile, null,
                    false);
            case "terningkast" -> random.nextBoolean()
                    ? new CellSpec(row, column, "number", (double) random.nextInt(8), null, random.nextInt(6) == 0)
                    : new CellSpec(row, column, "text", pick(random, "5", "6", "4,5", "5,0", "seks", " 3 ") + hostile, null,
                            false);
            case "any" -> cell(random, row, column);
            default -> new CellSpec(row, column, "text", tokens(random, random.nextInt(4)) + hostile, null, false);
        };
    }

    private static CellSpec cell(Random random, int row, int column) {
        boolean dateStyle = random.nextInt(6) == 0;
        return switch (random.nextInt(12)) {
            case 0, 1, 2, 3 -> new CellSpec(row, column, "text", text(random), null, false);
            case 4, 5 -> new CellSpec(row, column, "number", number(random), null, dateStyle);
            case 6 -> new CellSpec(row, column, "date", LocalDateTime.of(1850 + random.nextInt(300), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60)), null, true);
            case 7 -> new CellSpec(row, column, "boolean", random.nextBoolean(), null, false);
            case 8 -> new CellSpec(row, column, "error", pick(random, ERRORS), null, false);
            case 9 -> new CellSpec(row, column, "blank", null, null, true);
            default -> new CellSpec(row, column, "formula", switch (random.nextInt(5)) {
                case 0 -> number(random);
                case 1 -> text(random);
                case 2 -> random.nextBoolean();
                case 3 -> pick(random, ERRORS);
                default -> null; // never calculated: no cached value
            }, pick(random, FORMULAS), dateStyle);
        };
    }

    private static Double number(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20) * (random.nextBoolean() ? 1 : -1);
            case 1 -> (double) random.nextInt(10);
            default -> NUMBERS[random.nextInt(NUMBERS.length)];
        };
    }

    private static String text(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> "";
            case 1 -> { // very long, within Excel's limit of 32 767 characters
                String repeated = tokens(random, 1).repeat(1 + random.nextInt(32_767));
                yield repeated.substring(0, Math.min(repeated.length(), 1 + random.nextInt(32_767)));
            }
            case 2 -> pick(random, "1", "5", "6", "4,5", "7", "5,0", "1.000", " 6 ", "seks");
            default -> tokens(random, 1 + random.nextInt(6));
        };
    }

    // ---------------------------------------------------------------- the runner

    /** An input the generator made that cannot be an input at all (POI refused to write it): not counted. */
    private static final class Discarded extends RuntimeException {
        Discarded(Throwable cause) {
            super(cause);
        }
    }

    /** A broken rule; {@code rule} tells whether a smaller input breaks the same one. */
    private static final class Violation extends AssertionError {
        final String rule;

        Violation(String rule, String detail, Throwable cause) {
            super(rule + (detail == null || detail.isEmpty() ? "" : ": " + detail), cause);
            this.rule = rule;
        }
    }

    @FunctionalInterface
    private interface Check<C> {
        void run(C example) throws Exception;
    }

    /**
     * Runs {@code property} on {@code tries} generated inputs; at the first failure, shrinks the input
     * while it fails the same way and fails with the seed, the smallest input and its failure.
     */
    private <C> void forAll(String name, int tries, Function<Random, C> generator, Function<C, Stream<C>> smaller,
                            Check<C> property) {
        long seed = Long.getLong("reader.seed", ThreadLocalRandom.current().nextLong());
        Random seeds = new Random(seed);
        int discarded = 0;
        for (int attempt = 1; attempt <= tries; attempt++) {
            C example = generator.apply(new Random(seeds.nextLong()));
            Throwable failure = outcome(property, example);
            if (failure instanceof Discarded) {
                discarded++;
                continue;
            }
            if (failure != null) {
                failWithSmallest(name, seed, attempt, tries, example, failure, smaller, property);
            }
        }
        if (discarded > tries / 2) {
            fail(name + ": " + discarded + " of " + tries + " generated inputs could not be written (seed " + seed + ")");
        }
        StringBuilder summary = new StringBuilder(name + ": " + tries + " tries held (seed " + seed + ", "
                + discarded + " discarded)");
        for (int i = 0; i < REACHED.length; i++) {
            summary.append(", ").append(REACHED[i]).append(' ').append(reached[i]);
        }
        System.out.println(summary);
    }

    private <C> void failWithSmallest(String name, long seed, int attempt, int tries, C example, Throwable failure,
                                      Function<C, Stream<C>> smaller, Check<C> property) {
        String kind = kindOf(failure);
        long deadline = System.nanoTime() + SHRINKING.toNanos();
        int runs = 0;
        int steps = 0;
        boolean progress = true;
        while (progress && runs < SHRINK_RUNS && System.nanoTime() < deadline) {
            progress = false;
            Iterator<C> candidates = smaller.apply(example).iterator();
            while (candidates.hasNext() && runs < SHRINK_RUNS && System.nanoTime() < deadline) {
                C candidate = candidates.next();
                runs++;
                Throwable candidateFailure = outcome(property, candidate);
                if (candidateFailure != null && !(candidateFailure instanceof Discarded)
                        && kindOf(candidateFailure).equals(kind)) {
                    example = candidate;
                    failure = candidateFailure;
                    steps++;
                    progress = true;
                    break;
                }
            }
        }
        String saved = save(name, seed, example);
        AssertionError error = new AssertionError("Property «" + name + "» failed at try " + attempt + " of " + tries
                + " (seed " + seed + "; replay with -Dreader.seed=" + seed + ").\n"
                + "Failure: " + failure + "\n"
                + "Smallest failing input (" + steps + " shrinking steps, " + runs + " runs"
                + (progress ? ", stopped by the shrinking budget" : "") + "):\n  " + example
                + (saved == null ? "" : "\n  saved as " + saved), failure);
        throw error;
    }

    private static <C> Throwable outcome(Check<C> property, C example) {
        try {
            property.run(example);
            return null;
        } catch (Throwable e) {
            return e;
        }
    }

    private static String kindOf(Throwable failure) {
        return failure instanceof Violation violation ? violation.rule : failure.getClass().getName();
    }

    /** The smallest failing input, as bytes, for a person to open in an editor or Excel. */
    private static String save(String name, long seed, Object example) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "reader-properties"));
            String base = name.replaceAll("[^A-Za-z0-9]+", "-") + "-" + seed;
            if (example instanceof CsvCase csv) {
                return Files.write(folder.resolve(base + ".csv"), csv.bytes()).toAbsolutePath().toString();
            }
            if (example instanceof WorkbookCase workbook) {
                Path written = workbook.write(Files.createDirectories(folder.resolve(base)));
                return written.toAbsolutePath().toString();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** The list with runs of elements left out: halves first, then quarters, down to single elements. */
    private static <T> Stream<List<T>> sublists(List<T> list) {
        return Stream.iterate(list.size(), size -> size >= 1, size -> size / 2)
                .flatMap(size -> Stream.iterate(0, start -> start + size <= list.size(), start -> start + size)
                        .map(start -> {
                            List<T> fewer = new ArrayList<>(list.subList(0, start));
                            fewer.addAll(list.subList(start + size, list.size()));
                            return fewer;
                        }));
    }

    /** The list with one element replaced by a simpler one. */
    private static <T> Stream<List<T>> simpler(List<T> list, Function<T, List<T>> simpler) {
        return Stream.iterate(0, i -> i < list.size(), i -> i + 1)
                .flatMap(i -> simpler.apply(list.get(i)).stream().map(replacement -> {
                    List<T> changed = new ArrayList<>(list);
                    changed.set(i, replacement);
                    return changed;
                }));
    }

    // ---------------------------------------------------------------- helpers

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReaderPropertiesTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Text as a Java string literal, every character outside printable ASCII escaped; long text cut. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        int shown = Math.min(text.length(), 600);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
            }
        }
        out.append('"');
        return text.length() > shown ? out + " … (" + text.length() + " characters)" : out.toString();
    }

    static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < Math.min(bytes.length, 200); i++) {
            out.append(i > 0 ? " " : "").append(String.format("%02X", bytes[i] & 0xFF));
        }
        return out.append(bytes.length > 200 ? " … (" + bytes.length + " bytes)]" : "]").toString();
    }
}
