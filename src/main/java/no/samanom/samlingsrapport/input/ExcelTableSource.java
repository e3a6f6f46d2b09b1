package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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

import com.github.pjfanning.xlsx.impl.StreamingWorkbook;

/**
 * One sheet of an Excel workbook. Cells become text the way validation expects it: whole
 * numbers without decimals, dates as ISO dates (in the workbook's date system), formulas by
 * their cached value. When the last row has been read, the file must still be the one
 * fingerprinted.
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
            // a streamed sheet knows its merged cells only after its last row: they are looked up first
            List<CellRangeAddress> merged = workbook instanceof StreamingWorkbook
                    ? XlsxMerges.of(ref.filePath(), sheet.getSheetName()) : sheet.getMergedRegions();
            ExcelTableSource source = new ExcelTableSource(ref, workbook, sheet, merged);
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
        String now;
        try {
            now = Hashing.sha256(ref.filePath());
        } catch (IOException e) {
            throw new InputChangedException(InputChangedException.of(ref).getMessage(), e);
        }
        if (!now.equals(ref.sha256())) {
            throw InputChangedException.of(ref);
        }
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
        double value = cell.getNumericCellValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return FormulaError.NUM.getString(); // a NaN or infinity from a damaged file, as Excel shows it
        }
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
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

    /**
     * A cell merged down over several rows ("Dag 1" beside three respondents) holds its value in
     * the first; a person reads it in every row it covers, so each of those rows is given it, in
     * the merge's first column (merged across columns, text is read once). Rows arrive in order:
     * a region's value is taken as its first row passes, and only the regions around the current
     * row are looked at.
     */
    private static final class MergedCells {
        private final List<CellRangeAddress> regions;
        private final String[] values;
        private int next;
        private final List<Integer> active = new ArrayList<>();

        MergedCells(List<CellRangeAddress> merged) {
            List<CellRangeAddress> all = new ArrayList<>(merged);
            all.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
            this.regions = all;
            this.values = new String[all.size()];
        }

        /** Fills the row's covered cells; a row with nothing else in it stays blank. */
        void fill(int row, List<String> cells) {
            if (regions.isEmpty() || cells.stream().allMatch(String::isBlank)) {
                return;
            }
            while (next < regions.size() && regions.get(next).getFirstRow() <= row) {
                active.add(next++);
            }
            active.removeIf(i -> regions.get(i).getLastRow() < row);
            for (int i : active) {
                CellRangeAddress region = regions.get(i);
                int c = region.getFirstColumn();
                if (row == region.getFirstRow()) {
                    values[i] = c < cells.size() ? cells.get(c) : "";
                    continue;
                }
                while (cells.size() <= c) {
                    cells.add("");
                }
                if (cells.get(c).isBlank() && values[i] != null) {
                    cells.set(c, values[i]);
                }
            }
        }
    }
}
