package no.samanom.samlingsrapport.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelTableSourceTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadNumbersDatesFormulasAndErrorsAsText() throws Exception {
        Path file = dir.resolve("samling.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Evaluering");
            sheet.createRow(2).createCell(0).setCellValue("terningkast"); // header after two blank rows
            sheet.getRow(2).createCell(1).setCellValue("dato");
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue(5.0);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            row.createCell(1).setCellValue(LocalDate.of(2013, 3, 18));
            row.getCell(1).setCellStyle(date);
            Row formula = sheet.createRow(5);
            formula.createCell(0).setCellFormula("2+2");
            formula.createCell(1).setCellValue(4.5);
            sheet.createRow(6).createCell(0).setCellErrorValue(FormulaError.NA.getCode());
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        try (TableSource source = ExcelTableSource.open(Tables.ref(file, "Evaluering"))) {
            assertThat(source.header()).containsExactly("terningkast", "dato");
            assertThat(source.headerLine()).isEqualTo(3);
            assertThat(source.next()).isEqualTo(new RawRow(4, java.util.List.of("5", "2013-03-18")));
            assertThat(source.next()).isEqualTo(new RawRow(6, java.util.List.of("4", "4.5")));
            assertThat(source.next()).isEqualTo(new RawRow(7, java.util.List.of("#N/A")));
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void shouldReadATimeOfDayAsHoursAndMinutesInBothWorkbookReaders() throws Exception {
        Path file = dir.resolve("program.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Program");
            sheet.createRow(0).createCell(0).setCellValue("start");
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("hh:mm"));
            double[] days = {0.375, 14.0 / 24 + 45.0 / 1440, 0.999_999}; // 09:00, 14:45, and a hair before midnight
            for (int i = 0; i < days.length; i++) {
                sheet.createRow(i + 1).createCell(0).setCellValue(days[i]);
                sheet.getRow(i + 1).getCell(0).setCellStyle(time);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        try (TableSource whole = ExcelTableSource.open(Tables.ref(file, "Program"));
             TableSource streamed = TableSource.open(Tables.ref(file, "Program"))) {
            for (TableSource source : java.util.List.of(whole, streamed)) {
                assertThat(source.next().cells()).containsExactly("09:00");
                assertThat(source.next().cells()).containsExactly("14:45");
                assertThat(source.next().cells()).containsExactly("23:59"); // stays on its day
            }
        }
    }

    @Test
    void shouldRejectAPasswordProtectedWorkbookSayingSo() throws Exception {
        Path file = dir.resolve("evaluering.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("hemmelig");
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
                workbook.createSheet("Evaluering").createRow(0).createCell(0).setCellValue("terningkast");
                workbook.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> ExcelTableSource.open(Tables.ref(file, null)))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("passordbeskyttet");
    }

    @Test
    void shouldRejectAFileThatIsNotAWorkbook() throws Exception {
        Path file = Files.writeString(dir.resolve("risiko.xlsx"), "kommune;vurdering\n");
        assertThatThrownBy(() -> ExcelTableSource.open(Tables.ref(file, null)))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("ikke en Excel-arbeidsbok");
    }

    @Test
    void shouldReadANaNOrInfiniteNumberAsTheSpreadsheetsErrorRatherThanFail() throws Exception {
        // POI writes NaN as an error cell; a workbook from the wild holds it as a number: <v>NaN</v>
        Path file = OddWorkbooks.nanWorkbook(dir.resolve("evaluering.xlsx"));
        try (TableSource source = ExcelTableSource.open(Tables.ref(file, null))) {
            assertThat(source.next().cells()).containsExactly("#NUM!", "Mer tid");
            assertThat(source.next().cells()).containsExactly("#NUM!", "Større rom");
            assertThat(source.next().cells()).containsExactly("5", "Bedre mat");
        }
    }

    @Test
    void shouldReadDatesInTheWorkbooksOwnDateSystem() throws Exception {
        Path file = dir.resolve("forankring.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            OddWorkbooks.use1904(workbook);
            Sheet sheet = workbook.createSheet("Forankring");
            sheet.createRow(0).createCell(0).setCellValue("dato");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            sheet.createRow(1).createCell(0).setCellValue(LocalDate.of(2013, 3, 18));
            sheet.getRow(1).getCell(0).setCellStyle(date);
            sheet.createRow(2).createCell(0).setCellValue(39889); // 18.03.2013 counted from 1904, its format lost
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        try (TableSource source = ExcelTableSource.open(Tables.ref(file, null))) {
            assertThat(source.date1904()).isTrue();
            assertThat(source.next().cells()).containsExactly("2013-03-18");
            assertThat(Values.date(source.next().cell(0), source.date1904())).contains(LocalDate.of(2013, 3, 18));
        }
    }

    @Test
    void shouldRefuseAWorkbookThatChangedAfterItWasFingerprinted() throws Exception {
        Path file = dir.resolve("evaluering.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Evaluering").createRow(0).createCell(0).setCellValue("terningkast");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        TableRef ref = new TableRef(Kind.EVALUERING, file.toString(), "evaluering.xlsx", null, Hashing.sha256(file));
        try (TableSource source = ExcelTableSource.open(ref)) {
            Files.write(file, new byte[]{1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
            assertThatThrownBy(source::next).isInstanceOf(InputChangedException.class);
        }
    }

    @Test
    void shouldSayAWorkbookWithTooManyPartsIsTooLargeRatherThanBroken() throws Exception {
        Path file = dir.resolve("samling.xlsx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            for (int i = 0; i < 1_100; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet" + i + ".xml"));
                zip.write("<worksheet/>".getBytes());
            }
        }
        assertThatThrownBy(() -> ExcelTableSource.open(Tables.ref(file, null)))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("flere deler")
                .hasMessageNotContaining("lagre den på nytt");
    }
}
