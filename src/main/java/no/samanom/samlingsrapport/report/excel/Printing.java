package no.samanom.samlingsrapport.report.excel;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Every sheet prints: A4, fitted to the page width, header rows repeated, the gathering in the header. */
final class Printing {

    private Printing() {
    }

    /**
     * @param headerRow the row to repeat on every printed page, or -1 for none
     * @param footer    the page footer with Excel's page fields, e.g. "Side &P av &N"
     */
    static void setUp(Sheet sheet, boolean landscape, int headerRow, String title, String footer) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        sheet.getHeader().setCenter(title);
        sheet.getFooter().setRight(footer);
    }
}
