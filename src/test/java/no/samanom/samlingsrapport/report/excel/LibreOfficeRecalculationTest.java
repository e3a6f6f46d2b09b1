package no.samanom.samlingsrapport.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.GatheringSummary.FactorRisk;
import no.samanom.samlingsrapport.support.Runs;
import no.samanom.samlingsrapport.support.Summaries;

/**
 * The sample's workbook recalculated by a real spreadsheet program: LibreOffice, headless.
 * Runs where {@code soffice} is on the PATH; .ci/run installs it so that CI always runs it.
 */
@EnabledIf("libreOfficeInstalled")
class LibreOfficeRecalculationTest {

    @TempDir
    Path dir;

    static boolean libreOfficeInstalled() {
        try {
            return new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start().waitFor(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void shouldRecalculateTheSameFiguresAsTheSummary() throws Exception {
        Runs runs = new Runs(dir).given("seed");
        assertThat(runs.run().status()).isZero();
        GatheringSummary summary = Summaries.staged(runs.state(), "seed-drammen");
        // wipe every cached result, so that what comes back can only be LibreOffice's own arithmetic
        Path wiped = dir.resolve("wiped.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(runs.output().resolve("seed-drammen/seed-drammen.xlsx")));
             OutputStream out = Files.newOutputStream(wiped)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            cell.setCellValue(-1);
                        }
                    }
                }
            }
            workbook.write(out);
        }

        Path recalculated = convert(wiped);

        try (InputStream in = Files.newInputStream(recalculated); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet scores = workbook.getSheet("Terningkast");
            assertThat(number(scores, 1, 4)).isEqualTo(summary.dieScore().respondents());
            assertThat(number(scores, 2, 4)).isCloseTo(summary.dieScore().mean().doubleValue(), within(0.005));
            assertThat(number(scores, 3, 4)).isEqualTo(summary.dieScore().median().doubleValue());
            for (int score = 1; score <= 6; score++) {
                assertThat(number(scores, 5 + score, 4)).isEqualTo(summary.dieScore().distribution().get(score - 1).doubleValue());
            }
            Sheet risk = workbook.getSheet("Risiko");
            for (int row = 4; row < 4 + summary.risk().factors().size(); row++) {
                String factor = risk.getRow(row).getCell(0).getStringCellValue();
                for (FactorRisk expected : summary.risk().ranked()) {
                    if (expected.factor().equals(factor)) {
                        assertThat(number(risk, row, 11)).isEqualTo(expected.ratings());
                        assertThat(number(risk, row, 12)).isCloseTo(expected.mean().doubleValue(), within(0.005));
                    }
                }
            }
            Sheet overview = workbook.getSheet("Oppsummering");
            boolean found = false;
            for (Row row : overview) {
                if (row.getCell(0) != null && "Gjennomsnittlig terningkast".equals(row.getCell(0).getStringCellValue())) {
                    assertThat(row.getCell(1).getNumericCellValue()).isCloseTo(4.8, within(0.001));
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    /** LibreOffice, told to recalculate every formula on loading, saves the workbook again. */
    private Path convert(Path workbook) throws Exception {
        Path profile = dir.resolve("profile/user");
        Files.createDirectories(profile);
        Files.writeString(profile.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """, StandardCharsets.UTF_8);
        Path out = Files.createDirectories(dir.resolve("recalculated"));
        Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "xlsx", "--outdir", out.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path result = out.resolve(workbook.getFileName());
        assertThat(result).as(Files.readString(dir.resolve("soffice.log"))).exists();
        return result;
    }

    private static double number(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getNumericCellValue();
    }
}
