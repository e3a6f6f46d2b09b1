package no.samanom.samlingsrapport.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.samanom.samlingsrapport.input.DataRow.AnchoringRow;
import no.samanom.samlingsrapport.input.DataRow.EvaluationRow;
import no.samanom.samlingsrapport.input.DataRow.ExpectationRow;
import no.samanom.samlingsrapport.input.DataRow.IndicatorRow;

/**
 * Real-world oddities, each a small file in {@code src/test/resources/corpus/}, read as the job
 * reads them (open, match the header, validate every row) and checked against what a person who
 * opened the file would expect.
 *
 * <p>How the files were made (the scripts are not kept; every step is given here):
 * <ul>
 * <li>Sources: a UTF-8, tab-separated {@code evaluering} and {@code resultater} text typed by hand,
 *     and two flat ODS documents (.fods) written by hand: an evaluation sheet with a cell merged down
 *     over two rows (C2:C3), a cell merged across three columns (D4:F4), a cell with two lines
 *     ("• God planlegging" / "• Godt lederskap"), text with a double quote, and {@code =G2+1} in G3
 *     with its cached value 6; and a {@code forankring} sheet whose null date is 1904-01-01 (Calc's
 *     setting behind Excel's 1904 date system) with a date cell and the plain number 39889.</li>
 * <li>LibreOffice 7.4 headless made the rest, with
 *     {@code soffice --headless --infilter="CSV:9,34,76,1,,1044" --convert-to '<filter>' <source>}
 *     (1044 = Norwegian Bokmål, so that "78,5" and "01.03.2013" are read as a number and a date):
 *     CSV exports with {@code 'csv:Text - txt - csv (StarCalc):59,34,<charset>,1,,1044,false,false,true,false,false'}
 *     (semicolon, quote only where needed, cells as shown), charset 1 = Windows-1252, 76 = UTF-8,
 *     and for the "Unicode text" export {@code 'txt:...:9,34,65535,...'} (tab, UTF-16LE with a
 *     byte-order mark); {@code --convert-to xlsx} from the .fods; {@code --convert-to xls} (BIFF8)
 *     from that .xlsx.</li>
 * <li>LibreOffice ends lines with LF; Excel on Windows ends records with CRLF but keeps a line break
 *     inside a quoted cell as LF. So record ends were turned into CRLF afterwards (outside quotes
 *     only), or into CR for the old-Mac file; UTF-8 "CSV UTF-8" got its byte-order mark prepended.</li>
 * <li>By hand (a few lines of Python's zipfile, bytes written as listed in each test): the mixed
 *     UTF-8/Windows-1252 file, the file with a quote left open, the NaN workbook (G3's cached
 *     {@code <v>6</v>} replaced by {@code <v>NaN</v>} in {@code xl/worksheets/sheet1.xml} of a
 *     LibreOffice .xlsx, every other zip entry copied as it was), the zip renamed .xlsx (one entry,
 *     {@code notater.txt}), and the empty {@code tom.csv}.</li>
 * <li>The workbook with more than 1000 zip entries is built by {@link #shouldRefuseAWorkbookWithTooManyPartsAsTooLarge}
 *     itself: it would be over 50 kB.</li>
 * </ul>
 */
class CorpusTest {

    private static final List<String> EVALUATION_HEADER =
            List.of("respondent", "kommune", "parameter", "fungerte_bra", "hvorfor", "forbedring", "terningkast");

    private static RiskFactors factors;
    private static Municipalities municipalities;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadTemplates() throws IOException {
        factors = RiskFactors.parse(resource("/templates/risikofaktorer.txt"));
        municipalities = Municipalities.parse(resource("/templates/kommuner.csv"));
    }

    /** A Windows-1252 CSV as Norwegian Excel saves «CSV (semikolondelt)»: CRLF, decimal commas, dd.mm.yyyy dates. */
    @Test
    void shouldReadNorwegianExcelCsvInWindows1252() throws Exception {
        assertThat(CsvDialect.detect(corpus("resultater-excel-nb-windows1252.csv")))
                .isEqualTo(new CsvDialect(CsvDialect.WINDOWS_1252, ';', false, 0, null));
        Table table = read(Kind.RESULTATER, "resultater-excel-nb-windows1252.csv");
        assertThat(table.header).containsExactly("kommune", "indikator", "dato", "verdi", "maal", "skala", "kilde");
        assertThat(table.raw).hasSize(4);
        assertThat(table.raw.get(0)).isEqualTo(new RawRow(2,
                List.of("Karmøy", "Omdømmescore", "01.03.2013", "78,5", "", "0-100", "Reputation Institute")));
        assertThat(table.deviations()).isEmpty();
        List<IndicatorRow> rows = table.rows(IndicatorRow.class);
        assertThat(rows).extracting(IndicatorRow::municipality).containsExactly("Karmøy", "Karmøy", "Strand", "Bø");
        assertThat(rows.get(0).date()).isEqualTo(LocalDate.of(2013, 3, 1));
        assertThat(rows.get(0).value()).isEqualByComparingTo("78.5");
        assertThat(rows.get(1).value()).isNull();
        assertThat(rows.get(1).target()).isEqualByComparingTo("80");
        assertThat(rows.get(2).value()).isEqualByComparingTo(new BigDecimal("4.4"));
        assertThat(rows.get(2).target()).isEqualByComparingTo(new BigDecimal("4.5"));
        assertThat(rows.get(3).value()).isEqualByComparingTo("1234.5");
        assertThat(rows.get(3).source()).isEqualTo("Spørreskjema «Tjenester»");
    }

    /** Excel's «CSV UTF-8»: a byte-order mark that must not end up in the first column's name. */
    @Test
    void shouldReadCsvUtf8WithByteOrderMark() throws Exception {
        assertThat(CsvDialect.detect(corpus("evaluering-csv-utf8-bom.csv")))
                .isEqualTo(new CsvDialect(StandardCharsets.UTF_8, ';', false, 3, null));
        assertTheEvaluationSource(read(Kind.EVALUERING, "evaluering-csv-utf8-bom.csv"), List.of(2, 3, 4));
    }

    /** Excel's «Unicode-tekst»: UTF-16LE with a byte-order mark, tab-separated, saved as .txt. */
    @Test
    void shouldReadUnicodeTextExport() throws Exception {
        assertThat(CsvDialect.detect(corpus("evaluering-unicode-tekst.txt")))
                .isEqualTo(new CsvDialect(StandardCharsets.UTF_16LE, '\t', false, 2, null));
        assertTheEvaluationSource(read(Kind.EVALUERING, "evaluering-unicode-tekst.txt"), List.of(2, 3, 4));
    }

    /** Old Mac line ends: CR alone. */
    @Test
    void shouldReadCarriageReturnLineEnds() throws Exception {
        assertThat(CsvDialect.detect(corpus("evaluering-gammel-mac-cr.csv")))
                .isEqualTo(new CsvDialect(StandardCharsets.UTF_8, ';', false, 0, null));
        assertTheEvaluationSource(read(Kind.EVALUERING, "evaluering-gammel-mac-cr.csv"), List.of(2, 3, 4));
    }

    /** The tab-separated source typed by hand, as each CSV export of it must read. */
    private static void assertTheEvaluationSource(Table table, List<Integer> lines) {
        assertThat(table.header).containsExactly(EVALUATION_HEADER.toArray(String[]::new));
        assertThat(table.raw).extracting(RawRow::line).containsExactlyElementsOf(lines);
        assertThat(table.raw.get(0).cells())
                .containsExactly("R1", "Karmøy", "Dag 1", "God planlegging", "Tydelige mål", "Mer tid til drøfting", "5");
        assertThat(table.deviations()).isEmpty();
        List<EvaluationRow> rows = table.rows(EvaluationRow.class);
        assertThat(rows).extracting(EvaluationRow::municipality).containsExactly("Karmøy", "Ørland", "Bø");
        assertThat(rows).extracting(EvaluationRow::score).containsExactly(5, 6, 4);
        assertThat(rows.get(2).workedWell()).containsExactly("Ærlige tilbakemeldinger");
        assertThat(rows.get(2).why()).containsExactly("Åpen dialog");
        assertThat(rows.get(2).improvements()).isEmpty();
    }

    /**
     * A cell with two lines (LF inside quotes, CRLF between records, as Excel writes it) and a double
     * quote written twice; exported by LibreOffice from the sheet with merged cells.
     */
    @Test
    void shouldReadAMultiLineCellAndADoubledQuote() throws Exception {
        Table table = read(Kind.EVALUERING, "evaluering-flerlinje-sitat.csv");
        assertThat(table.header).containsExactly(EVALUATION_HEADER.toArray(String[]::new));
        assertThat(table.raw).extracting(RawRow::line).containsExactly(2, 4, 5); // the first row takes two lines
        assertThat(table.raw.get(0).cell(3)).isEqualTo("• God planlegging\n• Godt lederskap");
        assertThat(table.raw.get(2).cell(3)).isEqualTo("Alt var bra, særlig «Stavanger-modellen» og \"kaffen\"");
        assertThat(table.deviations()).isEmpty();
        List<EvaluationRow> rows = table.rows(EvaluationRow.class);
        assertThat(rows.get(0).workedWell()).containsExactly("God planlegging", "Godt lederskap");
        assertThat(rows.get(1).score()).isEqualTo(6); // the formula's value as shown
        assertThat(rows.get(2).workedWell()).containsExactly("Alt var bra, særlig «Stavanger-modellen» og \"kaffen\"");
    }

    /**
     * A UTF-8 file with a byte-order mark whose line 3 was saved in Windows-1252 by another program:
     * EF BB BF, then "kommune;forventning;tema", "Karmøy;Økt stolthet;Omdømme" in UTF-8,
     * "Bø;Få innspill fra næringslivet;Næring" in Windows-1252 (ø = F8, å = E5, æ = E6) and
     * "Strand;Bedre samarbeid på tvers;Samarbeid" in UTF-8, each ending in CRLF.
     */
    @Test
    void shouldReadEachLineOfAMixedFileInItsOwnEncodingAndSaySo() throws Exception {
        CsvDialect dialect = CsvDialect.detect(corpus("forventninger-bom-og-windows1252.csv"));
        assertThat(dialect.mixed()).isTrue();
        assertThat(dialect.bom()).isEqualTo(3);
        Table table = read(Kind.FORVENTNINGER, "forventninger-bom-og-windows1252.csv");
        assertThat(table.header).containsExactly("kommune", "forventning", "tema");
        assertThat(table.notes).singleElement().satisfies(note -> {
            assertThat(note.consequence()).isEqualTo(Consequence.NOTE);
            assertThat(note.line()).isZero();
            assertThat(note.reason()).startsWith("Filen er merket som UTF-8 (byte-order mark), men linje 3 er ikke "
                    + "gyldig UTF-8; de er lest som Windows-1252");
        });
        assertThat(table.validated).allMatch(row -> row.deviations().isEmpty());
        assertThat(table.rows(ExpectationRow.class)).containsExactly(
                new ExpectationRow(origin("forventninger-bom-og-windows1252.csv", 2), "Karmøy", "Økt stolthet", "Omdømme"),
                new ExpectationRow(origin("forventninger-bom-og-windows1252.csv", 3), "Bø", "Få innspill fra næringslivet",
                        "Næring"),
                new ExpectationRow(origin("forventninger-bom-og-windows1252.csv", 4), "Strand", "Bedre samarbeid på tvers",
                        "Samarbeid"));
    }

    /**
     * A quote opened on line 3 and never closed (UTF-8, CRLF):
     * <pre>
     * respondent;kommune;parameter;fungerte_bra;hvorfor;forbedring;terningkast
     * R1;Karmøy;Dag 1;God planlegging;Tydelige mål;Mer tid;5
     * R2;Strand;Dag 1;"Inspirerende foredrag;;Større rom;6
     * R3;Bø;Ekskursjon;Ærlige tilbakemeldinger;Åpen dialog;;4
     * R4;Ørland;Ekskursjon;Godt vertskap;;;5
     * </pre>
     * Line 3 is rejected, saying why; the two lines after it are read as they are.
     */
    @Test
    void shouldRejectTheLineWithAQuoteLeftOpenAndReadTheRest() throws Exception {
        Table table = read(Kind.EVALUERING, "evaluering-uavsluttet-sitat.csv");
        assertThat(table.header).containsExactly(EVALUATION_HEADER.toArray(String[]::new));
        assertThat(table.raw).extracting(RawRow::line).containsExactly(2, 3, 4, 5);
        assertThat(table.raw.get(1).problem()).isNotNull();
        assertThat(table.validated).extracting(ValidatedRow::rejected).containsExactly(false, true, false, false);
        assertThat(table.deviations()).singleElement().satisfies(rejected -> {
            assertThat(rejected.consequence()).isEqualTo(Consequence.ROW_REJECTED);
            assertThat(rejected.line()).isEqualTo(3);
            assertThat(rejected.value()).isEqualTo("R2;Strand;Dag 1;\"Inspirerende foredrag;;Større rom;6");
            assertThat(rejected.reason()).startsWith("Et anførselstegn (\") åpnes på linje 3 og lukkes aldri, så de 2 "
                    + "linjene etter ble lest som én celle.");
        });
        assertThat(table.rows(EvaluationRow.class)).extracting(EvaluationRow::respondent).containsExactly("R1", "R3", "R4");
        assertThat(table.rows(EvaluationRow.class).get(2).workedWell()).containsExactly("Godt vertskap");
    }

    /**
     * The sheet with merged cells and a formula, saved by LibreOffice as .xlsx and from that as .xls
     * (BIFF8). A merged cell's value is in its first cell; the formula's cached value is read.
     */
    @ParameterizedTest
    @ValueSource(strings = {"evaluering-flettede-celler.xlsx", "evaluering-libreoffice.xls"})
    void shouldReadMergedCellsAndACachedFormulaValue(String file) throws Exception {
        Table table = read(Kind.EVALUERING, file);
        assertThat(table.date1904).isFalse();
        assertThat(table.header).containsExactly(EVALUATION_HEADER.toArray(String[]::new));
        assertThat(table.raw).extracting(RawRow::line).containsExactly(2, 3, 4);
        assertThat(table.raw.get(0).cells()).containsExactly("R1", "Karmøy", "Dag 1",
                "• God planlegging\n• Godt lederskap", "Tydelige mål", "Mer tid til drøfting", "5");
        assertThat(table.raw.get(1).cell(6)).isEqualTo("6"); // =G2+1
        assertThat(table.raw.get(2).cell(3)).isEqualTo("Alt var bra, særlig «Stavanger-modellen» og \"kaffen\"");
        assertThat(table.raw.get(2).cell(4)).isEmpty(); // covered by the merge D4:F4
        assertThat(table.deviations()).isEmpty();
        List<EvaluationRow> rows = table.rows(EvaluationRow.class);
        assertThat(rows).extracting(EvaluationRow::score).containsExactly(5, 6, 4);
        assertThat(rows.get(0).workedWell()).containsExactly("God planlegging", "Godt lederskap");
        assertThat(rows.get(2).why()).isEmpty();
    }

    /**
     * "Dag 1" is merged down over rows 2 and 3 (C2:C3): whoever merged it means that both rows are
     * about Dag 1. The reader sees the covered cell C3 as blank, so row 3 is filed under
     * {@value RowValidator#GENERAL_PARAMETER} without a word in the deviation list.
     */
    @ParameterizedTest
    @ValueSource(strings = {"evaluering-flettede-celler.xlsx", "evaluering-libreoffice.xls"})
    void shouldCountACellMergedDownForEveryRowItCovers(String file) throws Exception {
        List<EvaluationRow> rows = read(Kind.EVALUERING, file).rows(EvaluationRow.class);
        assertThat(rows.get(1).respondent()).isEqualTo("R2");
        assertThat(rows.get(1).parameter()).as("parameter of row 3, covered by the merged cell C2:C3").isEqualTo("Dag 1");
    }

    /**
     * A workbook of the 1904 date system (workbookPr date1904="true", as LibreOffice writes it for a
     * document whose null date is 1904-01-01): B2 is a date cell, B3 the plain number 39889; both are
     * 18.03.2013 in that system (41351 in the 1900 system).
     */
    @Test
    void shouldReadDatesOfThe1904DateSystem() throws Exception {
        Table table = read(Kind.FORANKRING, "forankring-dato1904.xlsx");
        assertThat(table.date1904).isTrue();
        assertThat(table.header).containsExactly("kommune", "dato", "fase");
        assertThat(table.raw).containsExactly(
                new RawRow(2, List.of("Karmøy", "2013-03-18", "Interesse")),
                new RawRow(3, List.of("Strand", "39889", "Aksept")));
        assertThat(table.deviations()).isEmpty();
        assertThat(table.rows(AnchoringRow.class)).extracting(AnchoringRow::date)
                .containsExactly(LocalDate.of(2013, 3, 18), LocalDate.of(2013, 3, 18));
        assertThat(table.rows(AnchoringRow.class)).extracting(row -> row.stage().phase())
                .containsExactly(Anchoring.Phase.BEVISSTHET, Anchoring.Phase.AKSEPT);
    }

    /** A numeric cell holding NaN ({@code <v>NaN</v>} in G3): not a number, so the score is dropped, the row kept. */
    @Test
    void shouldDropANaNScoreAndKeepTheRow() throws Exception {
        Table table = read(Kind.EVALUERING, "evaluering-nan.xlsx");
        assertThat(table.header).containsExactly(EVALUATION_HEADER.toArray(String[]::new));
        assertThat(table.raw).hasSize(3);
        assertThat(table.raw.get(1).cells())
                .containsExactly("R2", "Ørland", "Dag 1", "Inspirerende foredrag", "", "Større rom", "#NUM!");
        assertThat(table.deviations()).singleElement().satisfies(dropped -> {
            assertThat(dropped.consequence()).isEqualTo(Consequence.VALUE_DROPPED);
            assertThat(dropped.line()).isEqualTo(3);
            assertThat(dropped.column()).isEqualTo("terningkast");
            assertThat(dropped.value()).isEqualTo("#NUM!");
            assertThat(dropped.reason()).startsWith("Terningkast må være et helt tall fra 1 til 6");
        });
        List<EvaluationRow> rows = table.rows(EvaluationRow.class);
        assertThat(rows).extracting(EvaluationRow::score).containsExactly(5, null, 4);
        assertThat(rows.get(1).workedWell()).containsExactly("Inspirerende foredrag");
    }

    /** A zip file (one entry, notater.txt) renamed .xlsx. */
    @Test
    void shouldRefuseAZipThatIsNotAWorkbook() {
        assertThatThrownBy(() -> TableSource.open(ref(Kind.EVALUERING, corpus("zip-ikke-arbeidsbok.xlsx"), null)))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("ikke en Excel-arbeidsbok");
    }

    @Test
    void shouldRefuseAnEmptyCsv() {
        assertThatThrownBy(() -> TableSource.open(ref(Kind.EVALUERING, corpus("tom.csv"), null)))
                .isInstanceOf(InputFileException.class)
                .hasMessage("Filen er tom.");
    }

    /**
     * POI refuses a package of more than 1000 zip entries (ZipSecureFile's MAX_FILE_COUNT). The file
     * here is the merged-cells workbook with 1000 small extra parts: a valid workbook that is too
     * large for the job, which must say so rather than ask for the file to be saved again.
     */
    @Test
    void shouldRefuseAWorkbookWithTooManyPartsAsTooLarge() throws Exception {
        Path file = dir.resolve("evaluering.xlsx");
        try (ZipFile source = new ZipFile(corpus("evaluering-flettede-celler.xlsx").toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            Enumeration<? extends ZipEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            for (int i = 1; i <= 1000; i++) {
                out.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
                out.write("<x/>".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> TableSource.open(ref(Kind.EVALUERING, file, null)))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("flere deler")
                .hasMessageNotContaining("lagre den på nytt");
    }

    // ---------------------------------------------------------------- reading as the job does

    /** A table as the job sees it: header, rows as read, notes about the file, and each row validated. */
    private record Table(List<String> header, boolean date1904, List<RawRow> raw, List<Deviation> notes,
                         List<ValidatedRow> validated) {

        List<Deviation> deviations() {
            return validated.stream().flatMap(row -> row.deviations().stream()).toList();
        }

        <T extends DataRow> List<T> rows(Class<T> type) {
            return validated.stream().flatMap(row -> row.rows().stream()).map(type::cast).toList();
        }
    }

    private static Table read(Kind kind, String name) throws Exception {
        TableRef ref = ref(kind, corpus(name), null);
        try (TableSource source = TableSource.open(ref)) {
            List<Deviation> notes = new ArrayList<>();
            TablePlan plan = TablePlan.match(ref, source, factors, notes);
            RowValidator validator = new RowValidator(plan, factors, municipalities);
            List<RawRow> raw = new ArrayList<>();
            List<ValidatedRow> validated = new ArrayList<>();
            for (RawRow row = source.next(); row != null; row = source.next()) {
                raw.add(row);
                validated.add(validator.validate(row));
            }
            assertThat(validated).as("every row used or rejected").allMatch(row -> row.rejected()
                    == row.deviations().stream().anyMatch(d -> d.consequence() == Consequence.ROW_REJECTED));
            return new Table(source.header(), source.date1904(), raw, notes, validated);
        }
    }

    private static TableRef ref(Kind kind, Path file, String sheet) {
        return new TableRef(kind, file.toString(), file.getFileName().toString(), sheet, null);
    }

    private static Origin origin(String file, int line) {
        return new Origin(file, null, line);
    }

    private static Path corpus(String name) {
        try {
            return Path.of(CorpusTest.class.getResource("/corpus/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing corpus file " + name, e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CorpusTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
