package no.samanom.samlingsrapport.report.excel;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Small fluent helper for filling a sheet row by row. User text always goes in as a text
 * cell, so a statement such as "=HYPERLINK(...)" can never become a formula.
 */
final class Cells {

    private final Sheet sheet;
    private final WorkbookReportWriter.Styles styles;

    Cells(Sheet sheet, WorkbookReportWriter.Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    RowCells row(int index) {
        Row row = sheet.getRow(index);
        return new RowCells(row != null ? row : sheet.createRow(index));
    }

    /** Excel's limit for one cell. */
    static final int MAX_TEXT = 32_767;

    /** Text beyond Excel's limit is cut visibly, saying how much is left out, never silently. */
    static String fit(String value) {
        if (value.length() <= MAX_TEXT) {
            return value;
        }
        String note = " … [forkortet: " + (value.length() - MAX_TEXT + 60) + " tegn utelatt]";
        return value.substring(0, MAX_TEXT - 60) + note;
    }

    final class RowCells {
        private final Row row;

        RowCells(Row row) {
            this.row = row;
        }

        RowCells text(int column, String value) {
            return text(column, value, null);
        }

        RowCells text(int column, String value, CellStyle style) {
            if (value.isEmpty() && style == null) {
                return this; // an empty cell costs as much as a full one in a million-row sheet
            }
            Cell cell = row.createCell(column);
            cell.setCellValue(fit(value));
            if (style != null) {
                cell.setCellStyle(style);
            }
            return this;
        }

        RowCells header(int column, String value) {
            return text(column, value, styles.header);
        }

        RowCells number(int column, double value) {
            row.createCell(column).setCellValue(value);
            return this;
        }

        RowCells decimal(int column, BigDecimal value) {
            if (value != null) {
                Cell cell = row.createCell(column);
                cell.setCellValue(value.doubleValue());
                cell.setCellStyle(styles.decimal);
            }
            return this;
        }
    }
}
