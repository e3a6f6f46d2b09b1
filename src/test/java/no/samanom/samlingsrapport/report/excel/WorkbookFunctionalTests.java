package no.samanom.samlingsrapport.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.GatheringSummary.FactorRisk;
import no.samanom.samlingsrapport.support.Reports;
import no.samanom.samlingsrapport.support.Runs;
import no.samanom.samlingsrapport.support.Summaries;

/** The workbook coordinators get: the original tables, live formulas that agree with the summary, native charts. */
class WorkbookFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void shouldComputeTheSameFiguresWithItsFormulasAsTheSummary() throws Exception {
        Runs runs = new Runs(dir).given("seed");
        assertThat(runs.run().status()).isZero();
        GatheringSummary summary = Summaries.staged(runs.state(), "seed-drammen");

        try (XSSFWorkbook workbook = (XSSFWorkbook) Reports.workbook(runs.output().resolve("seed-drammen/seed-drammen.xlsx"))) {
            assertThat(names(workbook)).containsExactly("Oppsummering", "Forventninger", "Evaluering", "Terningkast",
                    "Risiko", "Data", "Avvik");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();

            Sheet scores = workbook.getSheet("Terningkast");
            assertThat(formula(scores, 1, 4)).isEqualTo("COUNT('Terningkast'!$B$2:$B$11)");
            assertThat(value(evaluator, scores, 1, 4)).isEqualTo(summary.dieScore().respondents());
            assertThat(formula(scores, 2, 4)).startsWith("AVERAGE(");
            assertThat(value(evaluator, scores, 2, 4)).isCloseTo(summary.dieScore().mean().doubleValue(), within(0.005));
            assertThat(formula(scores, 3, 4)).startsWith("MEDIAN(");
            assertThat(value(evaluator, scores, 3, 4)).isEqualTo(summary.dieScore().median().doubleValue());
            for (int score = 1; score <= 6; score++) {
                assertThat(formula(scores, 5 + score, 4)).startsWith("COUNTIF(");
                assertThat(value(evaluator, scores, 5 + score, 4)).isEqualTo(summary.dieScore().distribution().get(score - 1).doubleValue());
            }
            assertThat(scores.getLastRowNum()).isEqualTo(11); // ten respondents under the header

            Sheet risk = workbook.getSheet("Risiko");
            for (int row = 4; row < 4 + summary.risk().factors().size(); row++) {
                String factor = text(risk, row, 0);
                FactorRisk expected = summary.risk().ranked().stream().filter(f -> f.factor().equals(factor)).findFirst().orElse(null);
                if (expected == null) {
                    assertThat(risk.getRow(row).getCell(12)).isNull();
                    continue;
                }
                assertThat(formula(risk, row, 11)).startsWith("SUM(");
                assertThat(value(evaluator, risk, row, 11)).isEqualTo(expected.ratings());
                assertThat(formula(risk, row, 12)).startsWith("SUMPRODUCT(");
                assertThat(value(evaluator, risk, row, 12)).isCloseTo(expected.mean().doubleValue(), within(0.005));
            }

            Sheet overview = workbook.getSheet("Oppsummering");
            int mean = Reports.rowStarting(overview, "Gjennomsnittlig terningkast");
            assertThat(formula(overview, mean, 1)).isEqualTo("'Terningkast'!$E$3");
            assertThat(value(evaluator, overview, mean, 1)).isCloseTo(4.8, within(0.001));
            Sheet evaluation = workbook.getSheet("Evaluering");
            int line = Reports.rowStarting(evaluation, "GJENNOMSNITTLIG TERNINGKAST:");
            assertThat(formula(evaluation, line, 1)).isEqualTo("'Terningkast'!$E$3");
            // the Norwegian number format shows the seed's figure
            assertThat(new DataFormatter(Locale.forLanguageTag("nb-NO")).formatCellValue(evaluation.getRow(line).getCell(1), evaluator))
                    .isEqualTo("4,80");
            assertThat(text(evaluation, line, 2)).isEqualTo("(Skala fra 1-6)");
        }
    }

    @Test
    void shouldMirrorTheSeedsTablesAndPrintEverySheet() throws Exception {
        Runs runs = new Runs(dir).given("seed");
        runs.run();

        try (XSSFWorkbook workbook = (XSSFWorkbook) Reports.workbook(runs.output().resolve("seed-drammen/seed-drammen.xlsx"))) {
            Sheet evaluation = workbook.getSheet("Evaluering");
            assertThat(text(evaluation, 0, 1)).isEqualTo("SPESIFIKK TILBAKEMELDING\n(Hva fungerte bra)");
            assertThat(text(evaluation, 0, 3)).isEqualTo("MULIGE FORBEDRINGSPUNKT\n(Hva kunne vært bedre, og hvordan)");
            assertThat(text(evaluation, 1, 3)).startsWith("• Mer tid til erfaringsutveksling, refleksjon og drøfting (6 av 10)\n• ");
            assertThat(text(workbook.getSheet("Forventninger"), 1, 1))
                    .isEqualTo("• Få innspill til forankringsarbeidet i hele organisasjonen\n• Profilering");

            // native charts, with a fill of their own
            for (String name : List.of("Terningkast", "Risiko")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
                String chart = sheet.getDrawingPatriarch().getCharts().get(0).getCTChart().toString();
                assertThat(chart).contains("solidFill").contains("1F4E79");
            }
            assertThat(workbook.getSheet("Risiko").getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);

            for (Sheet sheet : workbook) {
                assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getHeader().getCenter()).isEqualTo("Oppsummering – Omdømmesamling i Drammen");
                assertThat(sheet.getFooter().getRight()).isEqualTo("Side &P av &N");
            }
            assertThat(workbook.getSheet("Data").getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(workbook.getSheet("Data").getPaneInformation().isFreezePane()).isTrue();
            assertThat(workbook.getSheet("Data").getCTWorksheet().isSetAutoFilter()).isTrue();
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Oppsummering – Omdømmesamling i Drammen");
            assertThat(core.getCreator()).isEqualTo("Kommunal- og regionaldepartementet");
            assertThat(core.getSubject()).isEqualTo("Oppsummering av samling i nettverket Omdømme");
        }
    }

    @Test
    void shouldNeverTurnUserTextIntoAFormula() throws Exception {
        Runs runs = new Runs(dir).given("bad/rader");
        runs.run();

        try (Workbook workbook = Reports.workbook(runs.output().resolve("utenfor/utenfor.xlsx"))) {
            Cell link = null;
            for (var row : workbook.getSheet("Data")) {
                Cell cell = row.getCell(9);
                if (cell != null && cell.getStringCellValue().startsWith("=HYPERLINK")) {
                    link = cell;
                }
            }
            assertThat(link).isNotNull();
            assertThat(link.getCellType()).isEqualTo(CellType.STRING);
            assertThat(link.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(text(workbook.getSheet("Evaluering"), 1, 1)).contains("=HYPERLINK(\"http://example.com\",\"klikk\")");
        }
    }

    @Test
    void shouldContinueListsThatOutgrowASheetOnTheNextAndCountAcrossThem() throws Exception {
        // a sheet of 201 rows (header and 200) stands in for Excel's 1,048,576; and more rows than the
        // 200 the streaming writer keeps in memory, so no sheet is written to once its rows are on disk
        var data = Summaries.evaluation(450);
        Path file = dir.resolve("liten.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new WorkbookReportWriter(201).write(data, out);
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            assertThat(names(workbook)).containsSubsequence("Terningkast", "Terningkast (2)", "Terningkast (3)", "Risiko",
                    "Data", "Data (2)", "Data (3)", "Avvik");
            int dataRows = 0;
            for (Sheet sheet : workbook) {
                if (sheet.getSheetName().startsWith("Data")) {
                    assertThat(text(sheet, 0, 0)).isEqualTo("Slag");
                    dataRows += sheet.getLastRowNum();
                }
            }
            assertThat(dataRows).isEqualTo(450);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            Sheet scores = workbook.getSheet("Terningkast");
            assertThat(formula(scores, 1, 4)).isEqualTo(
                    "COUNT('Terningkast'!$B$2:$B$201,'Terningkast (2)'!$B$2:$B$201,'Terningkast (3)'!$B$2:$B$51)");
            assertThat(value(evaluator, scores, 1, 4)).isEqualTo(450);
            assertThat(text(scores, 0, 3)).isEqualTo("Nøkkeltall");
            assertThat(value(evaluator, scores, 2, 4)).isCloseTo(data.summary().dieScore().mean().doubleValue(), within(0.005));
            assertThat(value(evaluator, scores, 10, 4)).isEqualTo(data.summary().dieScore().distribution().get(4).doubleValue());
        }
    }

    static List<String> names(Workbook workbook) {
        return Stream.iterate(0, i -> i < workbook.getNumberOfSheets(), i -> i + 1).map(workbook::getSheetName).toList();
    }

    static String formula(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        assertThat(cell.getCellType()).as("%s!%d,%d", sheet.getSheetName(), row, column).isEqualTo(CellType.FORMULA);
        return cell.getCellFormula();
    }

    static double value(FormulaEvaluator evaluator, Sheet sheet, int row, int column) {
        return evaluator.evaluate(sheet.getRow(row).getCell(column)).getNumberValue();
    }

    static String text(Sheet sheet, int row, int column) {
        return Reports.cell(sheet, row, column);
    }
}
