package no.samanom.samlingsrapport.report.excel;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Fills a sheet row by row. User text always goes in as a text cell, so a statement such as
 * "=HYPERLINK(...)" can never become a formula; formulas go in with the value the summary
 * computed as their cached result, so the workbook shows the right figures even where a
 * program does not recalculate on opening.
 */
final class Cells {

    /** Excel's limit for one cell. */
    static final int MAX_TEXT = 32_767;
    private static final String FORMULA_STARTS = "=+-@\t";
    private static final float LINE_HEIGHT = 15f;

    private final Sheet sheet;
    private final Styles styles;

    Cells(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    Sheet sheet() {
        return sheet;
    }

    RowCells row(int index) {
        Row row = sheet.getRow(index);
        return new RowCells(row != null ? row : sheet.createRow(index));
    }

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
            if (value == null || value.isEmpty() && style == null) {
                return this; // an empty cell costs as much as a full one in a million-row sheet
            }
            Cell cell = row.createCell(column);
            cell.setCellValue(fit(value));
            if (style != null) {
                cell.setCellStyle(style);
                if (style.getWrapText() && style.getRotation() == 0) {
                    fitHeight(column, value);
                }
            } else {
                cell.setCellStyle(!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0
                        ? styles.quoted : styles.plain);
            }
            return this;
        }

        RowCells rich(int column, RichTextString value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
            fitHeight(column, value.getString());
            return this;
        }

        /**
         * Neither Excel nor LibreOffice fits a written row's height to wrapped text on opening,
         * so the height is estimated from the lines the text needs in its column.
         */
        private void fitHeight(int column, String value) {
            int perLine = Math.max(1, (int) (sheet.getColumnWidth(column) / 256 * 1.15));
            int lines = 0;
            for (String line : value.split("\n", -1)) {
                lines += Math.max(1, (line.length() + perLine - 1) / perLine);
            }
            float height = Math.min(409, lines * LINE_HEIGHT + 3);
            if (height > row.getHeightInPoints()) {
                row.setHeightInPoints(height);
            }
        }

        RowCells height(float points) {
            row.setHeightInPoints(points);
            return this;
        }

        RowCells header(int column, String value) {
            return text(column, value, styles.header);
        }

        RowCells number(int column, double value) {
            return number(column, value, null);
        }

        RowCells number(int column, double value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style != null ? style : styles.plain);
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

        /** A real date cell, so that it sorts and filters as a date. */
        RowCells date(int column, java.time.LocalDate value) {
            if (value != null) {
                Cell cell = row.createCell(column);
                cell.setCellValue(value);
                cell.setCellStyle(styles.date);
            }
            return this;
        }

        /** A live formula whose result is text, with the summary's text as its cached value. */
        RowCells textFormula(int column, String formula, String cached) {
            Cell cell = row.createCell(column);
            cell.setCellFormula(formula);
            cell.setCellValue(cached);
            cell.setCellStyle(styles.plain);
            return this;
        }

        /** A live formula, with the summary's figure as its cached value. */
        RowCells formula(int column, String formula, double cached, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellFormula(formula);
            cell.setCellValue(cached);
            cell.setCellStyle(style != null ? style : styles.plain);
            return this;
        }
    }
}
