package no.samanom.samlingsrapport.support;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads produced reports back: PDF text through PDFBox, workbook cells through POI. */
public final class Reports {

    private Reports() {
    }

    /** The PDF's text with all whitespace runs folded to one space, so wrapped cells read whole. */
    public static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    public static Workbook workbook(Path xlsx) throws IOException {
        return WorkbookFactory.create(xlsx.toFile(), null, true);
    }

    /** A cell's text as Excel would show it, "" for a missing cell. */
    public static String cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(column);
        return c == null ? "" : new DataFormatter(java.util.Locale.ROOT).formatCellValue(c);
    }

    /** The first row whose first cell equals the text, or -1. */
    public static int rowStarting(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && text.equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                return row.getRowNum();
            }
        }
        return -1;
    }
}
