package no.samanom.samlingsrapport.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.samanom.samlingsrapport.support.Reports;
import no.samanom.samlingsrapport.support.Runs;

/** The blank input files coordinators take from templates/: current, enforcing the contract, and accepted whole. */
class InputTemplatesTest {

    private static final Path COMMITTED = Path.of("templates");

    @TempDir
    Path dir;

    @Test
    void shouldMatchTheFilesCommittedInTheRepository() throws Exception {
        Path generated = generate();
        for (Kind kind : Kind.values()) {
            Path csv = Path.of(InputTemplates.CSV_FOLDER, kind.displayName() + ".csv");
            assertThat(Files.readAllBytes(generated.resolve(csv))).as(csv.toString())
                    .isEqualTo(Files.readAllBytes(COMMITTED.resolve(csv)));
        }
        try (XSSFWorkbook fresh = new XSSFWorkbook(generated.resolve(InputTemplates.WORKBOOK).toFile());
             // read-only: a workbook opened from a file for writing is saved back on close, dirtying the repository
             XSSFWorkbook committed = new XSSFWorkbook(OPCPackage.open(COMMITTED.resolve(InputTemplates.WORKBOOK).toFile(),
                     PackageAccess.READ))) {
            assertThat(describe(committed)).as("run `java -jar target/samlingsrapport.jar templates` and commit")
                    .isEqualTo(describe(fresh));
        }
    }

    @Test
    void shouldOfferListsAndRangeChecksWithNorwegianMessages() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(generate().resolve(InputTemplates.WORKBOOK).toFile())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Slik fyller du ut");
            assertThat(header(workbook.getSheet("Evaluering")))
                    .containsExactly("respondent", "kommune", "parameter", "fungerte_bra", "hvorfor", "forbedring", "terningkast");
            assertThat(header(workbook.getSheet("Risiko"))).containsExactly("kommune", "respondent", "risikofaktor", "vurdering");
            assertThat(header(workbook.getSheet("Forankring"))).containsExactly("kommune", "dato", "fase", "kommentar");
            assertThat(header(workbook.getSheet("Resultater")))
                    .containsExactly("kommune", "indikator", "dato", "verdi", "maal", "skala", "kilde");
            assertThat(header(workbook.getSheet("Program"))).containsExactly("dato", "start", "slutt", "varighet",
                    "tittel", "foredragsholder", "organisasjon", "type", "beskrivelse");
            assertThat(header(workbook.getSheet("Prosjektstatus"))).containsExactly("kommune", "status",
                    "forventet avslutning", "forankring", "risiko", "gevinster", "måling");
            DataValidation start = validation(workbook.getSheet("Program"), 1);
            assertThat(start.getValidationConstraint().getFormula1()).isEqualTo("TIME(0,0,0)");
            assertThat(start.getErrorBoxText()).isEqualTo("Skriv klokkeslettet som 09:00.");
            assertThat(validation(workbook.getSheet("Program"), 7).getValidationConstraint().getExplicitListValues())
                    .containsExactly("foredrag", "gruppearbeid", "pause", "måltid", "sosialt");
            DataValidation score = validation(workbook.getSheet("Evaluering"), 6);
            assertThat(score.getValidationConstraint().getFormula1()).isEqualTo("1");
            assertThat(score.getValidationConstraint().getFormula2()).isEqualTo("6");
            assertThat(score.getErrorBoxText()).isEqualTo("Terningkast er et helt tall fra 1 til 6.");
            DataValidation rating = validation(workbook.getSheet("Risiko"), 3);
            assertThat(rating.getValidationConstraint().getFormula2()).isEqualTo("10");
            assertThat(rating.getErrorBoxText()).contains("fra 1 (liten risiko) til 10 (stor risiko)");
            assertThat(validation(workbook.getSheet("Risiko"), 2).getValidationConstraint().getFormula1())
                    .isEqualTo("Lister!$C$2:$C$11");
            assertThat(validation(workbook.getSheet("Evaluering"), 1).getValidationConstraint().getFormula1())
                    .startsWith("Lister!$A$2");
            Sheet lists = workbook.getSheet("Lister");
            assertThat(Reports.cell(lists, 1, 2)).isEqualTo("Manglende engasjement");
            assertThat(Reports.cell(lists, 10, 2)).isEqualTo("Annet");
        }
    }

    @Test
    void shouldReportAFilledCopyWithoutAnyDeviation() throws Exception {
        Path template = generate().resolve(InputTemplates.WORKBOOK);
        Path filled = Files.createDirectories(dir.resolve("input")).resolve("fylt.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
            Sheet samling = workbook.getSheet("Samling");
            value(samling, "id", "fylt-ut");
            value(samling, "tittel", "Utfylt samling");
            value(samling, "nettverk", "Omdømme");
            samling.getRow(row(samling, "nummer")).createCell(1).setCellValue(3);
            // typed into the template's date cells, which keep their date format
            samling.getRow(row(samling, "fra")).getCell(1).setCellValue(LocalDate.of(2013, 3, 18));
            samling.getRow(row(samling, "til")).getCell(1).setCellValue(LocalDate.of(2013, 3, 19));
            value(samling, "tema", "Forankring");
            samling.getRow(row(samling, "neste fra")).getCell(1).setCellValue(LocalDate.of(2013, 9, 16));
            value(samling, "neste tema", "Prosjektjobbing; Kommunikasjon");
            Sheet lists = workbook.getSheet("Lister");
            lists.getRow(1).createCell(0).setCellValue("Bjugn");
            lists.getRow(2).createCell(0).setCellValue("Ørland");
            lists.getRow(1).createCell(1).setCellValue("Generelt");
            fill(workbook.getSheet("Forventninger"), List.of(List.of("Bjugn", "Samarbeid med Ørland", "Samarbeid")));
            fill(workbook.getSheet("Evaluering"), List.of(
                    List.of("R1", "Bjugn", "Generelt", "God planlegging", "Bra organisert", "Mer tid", 5),
                    List.of("R2", "Ørland", "Generelt", "God planlegging", "", "Mer tid", 4)));
            fill(workbook.getSheet("Risiko"), List.of(
                    List.of("Bjugn", "R1", "Prioritering av tid", 8),
                    List.of("Ørland", "R2", "Prioritering av tid", 6)));
            Sheet programme = workbook.getSheet("Program");
            fill(programme, List.of(List.of("", "", "", 80, "Gevinstrealisering", "Einar Holand", "RO", "foredrag")));
            programme.getRow(1).createCell(0).setCellValue(LocalDate.of(2013, 3, 19));
            programme.getRow(1).getCell(0).setCellStyle(samling.getRow(row(samling, "fra")).getCell(1).getCellStyle());
            // typed as 09:00 into the column's time format, as Excel stores it: 0.375 of a day
            programme.getRow(1).createCell(1).setCellValue(0.375);
            programme.getRow(1).getCell(1).setCellStyle(programme.getColumnStyle(1));
            fill(workbook.getSheet("Prosjektstatus"), List.of(List.of("Bjugn", "I rute", "våren 2014", "Kommunestyret")));
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
        Runs runs = new Runs(dir);

        Runs.Result result = runs.run();

        assertThat(result.status()).isZero();
        Path deviations = runs.output().resolve("fylt-ut/fylt-ut-avvik.csv");
        assertThat(deviations).as(Files.exists(deviations) ? Files.readString(deviations) : "").doesNotExist();
        // 9 field lines (the next gathering's two themes on one), 1 expectation, 2 evaluations, 2 ratings,
        // 1 programme item and 1 project status
        assertThat(result.out()).contains("fylt-ut: 2 respondenter, 16 rader brukt, 0 forkastet, 0 avvik");
        assertThat(Reports.pdfText(runs.output().resolve("fylt-ut/fylt-ut.pdf")))
                .contains("Utfylt samling", "18.–19. mars 2013", "GJENNOMSNITTLIG TERNINGKAST: 4,50", "God planlegging (2 av 2)",
                        "Størst risiko: Prioritering av tid (snitt 7,00).",
                        "09.00–10.20 Gevinstrealisering Einar Holand, RO", "Bjugn • I rute Forventet avslutning: våren 2014",
                        "4. samling · 16. september 2013", "• Prosjektjobbing • Kommunikasjon");
    }

    private Path generate() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.copy(COMMITTED.resolve("risikofaktorer.txt"), templates.resolve("risikofaktorer.txt"));
        assertThat(Runs.execute("templates", "--templates=" + templates).status()).isZero();
        return templates;
    }

    /** What a coordinator sees of a workbook: sheets, their first rows, and every validation's rule and message. */
    private static String describe(XSSFWorkbook workbook) {
        StringBuilder text = new StringBuilder();
        for (Sheet sheet : workbook) {
            text.append("# ").append(sheet.getSheetName()).append('\n');
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 12); r++) {
                text.append(header(sheet, r)).append('\n');
            }
            for (DataValidation v : ((XSSFSheet) sheet).getDataValidations()) {
                text.append(v.getRegions().getCellRangeAddresses()[0].formatAsString()).append(' ')
                        .append(v.getValidationConstraint().getFormula1()).append(' ')
                        .append(v.getValidationConstraint().getFormula2()).append(' ').append(v.getErrorBoxText()).append('\n');
            }
        }
        return text.toString();
    }

    private static List<String> header(Sheet sheet) {
        return List.of(header(sheet, 0).split("\\|"));
    }

    private static String header(Sheet sheet, int row) {
        Row r = sheet.getRow(row);
        if (r == null) {
            return "";
        }
        return java.util.stream.IntStream.range(0, Math.max(r.getLastCellNum(), 0))
                .mapToObj(c -> Reports.cell(sheet, row, c)).collect(Collectors.joining("|"));
    }

    private static DataValidation validation(Sheet sheet, int column) {
        return ((XSSFSheet) sheet).getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddresses()[0].getFirstColumn() == column)
                .findFirst().orElseThrow();
    }

    private static int row(Sheet sheet, String field) {
        for (Row row : sheet) {
            if (field.equals(Reports.cell(sheet, row.getRowNum(), 0))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no field " + field);
    }

    private static void value(Sheet sheet, String field, String value) {
        sheet.getRow(row(sheet, field)).createCell(1).setCellValue(value);
    }

    private static void fill(Sheet sheet, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                if (value instanceof Integer number) {
                    row.createCell(c).setCellValue(number);
                } else if (!value.toString().isEmpty()) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
    }
}
