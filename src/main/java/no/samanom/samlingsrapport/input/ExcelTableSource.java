package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet of an .xls workbook, read by POI as a whole (the format holds at most 65,536 rows a
 * sheet; an .xlsx is streamed by {@link XlsxTableSource}). Cells become text the way validation
 * expects it: whole numbers without decimals, dates as ISO dates (in the workbook's date system),
 * times of day as "09:00", formulas by their cached value. When the last row has been read, the
 * file must still be the one fingerprinted.
 */
final class ExcelTableSource implements TableSource {

    private final TableRef ref;
    private final Workbook workbook;
    private final Iterator<Row> rows;
    private final boolean date1904;
    private final MergedCells merged;
    private List<String> header = List.of();
    private int headerLine;
    private boolean verified;

    private ExcelTableSource(TableRef ref, Workbook workbook, Sheet sheet, List<CellRangeAddress> merged) {
        this.ref = ref;
        this.workbook = workbook;
        this.rows = sheet.rowIterator();
        this.date1904 = Workbooks.date1904(workbook);
        this.merged = new MergedCells(merged);
    }

    static ExcelTableSource open(TableRef ref) throws InputFileException {
        Workbook workbook = Workbooks.open(ref.filePath());
        try {
            Sheet sheet = ref.sheet() == null ? workbook.getSheetAt(0) : workbook.getSheet(ref.sheet());
            if (sheet == null) {
                throw new InputFileException("Arket «" + Visible.of(ref.sheet(), Visible.NAME)
                        + "» finnes ikke lenger i arbeidsboken.");
            }
            ExcelTableSource source = new ExcelTableSource(ref, workbook, sheet, sheet.getMergedRegions());
            RawRow first = source.next();
            if (first != null) {
                source.header = first.cells();
                source.headerLine = first.line();
            }
            return source;
        } catch (InputFileException e) {
            Workbooks.closeQuietly(workbook);
            throw e;
        } catch (IOException | RuntimeException e) {
            Workbooks.closeQuietly(workbook);
            throw new InputFileException(e instanceof InputChangedException ? e.getMessage() : Workbooks.reason(e), e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public int headerLine() {
        return headerLine;
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public RawRow next() throws IOException {
        while (rows.hasNext()) {
            Row row = rows.next();
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                cells.add(text(row.getCell(c)));
            }
            merged.fill(row.getRowNum(), cells);
            RawRow raw = new RawRow(row.getRowNum() + 1, cells);
            if (!raw.isBlank()) {
                return raw;
            }
        }
        verify();
        return null;
    }

    /** POI read the file when it was opened; it must not have changed since it was fingerprinted. */
    private void verify() throws IOException {
        if (verified || ref.sha256() == null) {
            return;
        }
        verified = true;
        ref.verifyUnchanged();
    }

    /** A cell's text; a cell POI cannot convert is given as its raw content rather than ending the file. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        try {
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            return switch (type) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> numeric(cell);
                case BOOLEAN -> cell.getBooleanCellValue() ? "SANN" : "USANN";
                case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
                default -> "";
            };
        } catch (RuntimeException e) {
            return "#UGYLDIG_CELLE";
        }
    }

    private static String numeric(Cell cell) {
        return numeric(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                cell.getCellStyle().getDataFormatString(), date1904(cell));
    }

    private static boolean date1904(Cell cell) {
        return Workbooks.date1904(cell.getSheet().getWorkbook());
    }

    /**
     * A number cell's text for both workbook formats: a date when its format shows a date (in the
     * workbook's date system), a time of day ("09:00") when it is a fraction of a day in a date or
     * time format, else the number as validation reads it.
     */
    static String numeric(double value, int formatIndex, String formatCode, boolean date1904) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return FormulaError.NUM.getString(); // a NaN or infinity from a damaged file, as Excel shows it
        }
        if (formatCode != null && DateUtil.isADateFormat(formatIndex, formatCode) && DateUtil.isValidExcelDate(value)) {
            if (value < 1) {
                // a time typed as 09:00 is stored as 0.375 of a day: to the nearest minute, never into the next day
                return LocalTime.ofSecondOfDay(Math.min(Math.round(value * 1440), 1439) * 60).toString();
            }
            return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
        }
        return number(value);
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
