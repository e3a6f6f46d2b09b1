package no.samanom.samlingsrapport.report.excel;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import no.samanom.samlingsrapport.report.ReportText;

/**
 * The workbook being written, with what every sheet of it is made with: the styles, the
 * report's texts, and the title each printed page carries in its header.
 */
record ReportWorkbook(SXSSFWorkbook workbook, Styles styles, ReportText text, String title) {

    /** A new sheet, its first columns as wide as the given numbers of characters. */
    SXSSFSheet sheet(String name, int... widths) {
        SXSSFSheet sheet = workbook.createSheet(name);
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        return sheet;
    }

    void print(Sheet sheet, boolean landscape, int headerRow) {
        Printing.setUp(sheet, landscape, headerRow, title, text.get("page.footer", "&P", "&N"));
    }

    /** A sheet's name as a formula refers to it. */
    static String quoted(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }
}
