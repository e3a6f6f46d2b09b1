package no.samanom.samlingsrapport.report.excel;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import no.samanom.samlingsrapport.report.WarmUp;
import no.samanom.samlingsrapport.support.Language;

/**
 * A small workbook with styles, a formula and a native chart, saved to nowhere; its temporary file
 * goes where the job's go, in the state folder.
 */
public final class WorkbookWarmUp implements WarmUp {

    @Override
    public void run(Path state) throws IOException {
        PoiTempFolder.use(state);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            workbook.setCompressTempFiles(false);
            Styles styles = new Styles(workbook, Language.NB, Color.BLUE);
            SXSSFSheet sheet = workbook.createSheet("Oppvarming");
            for (int r = 0; r < 2; r++) {
                sheet.createRow(r).createCell(0).setCellValue(String.valueOf(r + 1));
                sheet.getRow(r).createCell(1).setCellValue(r + 1);
                sheet.getRow(r).getCell(1).setCellStyle(styles.decimal);
            }
            sheet.createRow(2).createCell(1).setCellFormula("AVERAGE(B1:B2)");
            NativeCharts.bars(workbook, sheet, false, "Oppvarming", "Antall", new CellRangeAddress(0, 1, 0, 0),
                    new CellRangeAddress(0, 1, 1, 1), Color.BLUE, "Antall", new int[] {3, 0, 8, 10});
            workbook.write(OutputStream.nullOutputStream());
        }
    }
}
