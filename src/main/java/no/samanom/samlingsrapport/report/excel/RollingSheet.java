package no.samanom.samlingsrapport.report.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list longer than a sheet: when a sheet reaches its row limit the list continues on
 * "Data (2)", "Data (3)" ..., each with the same header, frozen and filtered. Nothing is cut.
 */
final class RollingSheet {

    private final SXSSFWorkbook workbook;
    private final String name;
    private final int maxRows;
    private final Consumer<Cells> header;
    private final Styles styles;
    private final int[] widths;
    private final List<SXSSFSheet> parts = new ArrayList<>();
    private final int columns;
    private Cells current;
    private int next;

    /**
     * @param maxRows rows per sheet, header included: Excel's 1,048,576, or fewer in tests
     * @param header  writes the header into row 0 of each part
     */
    RollingSheet(SXSSFWorkbook workbook, String name, int maxRows, Styles styles, int columns,
                 Consumer<Cells> header, int... widths) {
        this.workbook = workbook;
        this.name = name;
        this.maxRows = maxRows;
        this.styles = styles;
        this.columns = columns;
        this.header = header;
        this.widths = widths;
        startPart();
    }

    /** The next data row, on a new part when this one is full. */
    Cells.RowCells nextRow() {
        if (next >= maxRows) {
            finishPart();
            startPart();
        }
        return current.row(next++);
    }

    List<SXSSFSheet> parts() {
        return parts;
    }

    /** Sheet names of the parts: "Data", "Data (2)", ... */
    static String partName(String name, int part) {
        return part == 1 ? name : name + " (" + part + ")";
    }

    void finish() {
        finishPart();
    }

    private void startPart() {
        SXSSFSheet sheet = workbook.createSheet(partName(name, parts.size() + 1));
        parts.add(sheet);
        current = new Cells(sheet, styles);
        header.accept(current);
        next = 1;
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private void finishPart() {
        current.sheet().setAutoFilter(new CellRangeAddress(0, Math.max(next - 1, 0), 0, columns - 1));
    }
}
