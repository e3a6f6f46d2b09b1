package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * One sheet of an Excel workbook. Cells become text the way validation expects it: whole
 * numbers without decimals, dates as ISO dates, formulas by their cached value.
 */
final class ExcelTableSource implements TableSource {

    private final Workbook workbook;
    private final Iterator<Row> rows;
    private List<String> header = List.of();
    private int headerLine;

    private ExcelTableSource(Workbook workbook, Sheet sheet) {
        this.workbook = workbook;
        this.rows = sheet.rowIterator();
    }

    static ExcelTableSource open(Path path, String sheetName) throws InputFileException {
        Workbook workbook = Workbooks.open(path);
        Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
        if (sheet == null) {
            Workbooks.closeQuietly(workbook);
            throw new InputFileException("Arket «" + sheetName + "» finnes ikke lenger i arbeidsboken.");
        }
        ExcelTableSource source = new ExcelTableSource(workbook, sheet);
        RawRow first = source.next();
        if (first != null) {
            source.header = first.cells();
            source.headerLine = first.line();
        }
        return source;
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
    public RawRow next() {
        while (rows.hasNext()) {
            Row row = rows.next();
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                cells.add(text(row.getCell(c)));
            }
            RawRow raw = new RawRow(row.getRowNum() + 1, cells);
            if (!raw.isBlank()) {
                return raw;
            }
        }
        return null;
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "SANN" : "USANN";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
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

    /** Opening workbooks with messages a coordinator understands. */
    static final class Workbooks {

        private Workbooks() {
        }

        static Workbook open(Path path) throws InputFileException {
            try {
                // from a File, not a stream: POI then reads lazily instead of buffering it all
                return org.apache.poi.ss.usermodel.WorkbookFactory.create(path.toFile(), null, true);
            } catch (EncryptedDocumentException e) {
                throw new InputFileException("Arbeidsboken er passordbeskyttet. Lagre en kopi uten passord.", e);
            } catch (IOException | RuntimeException e) {
                throw new InputFileException("Filen er ikke en Excel-arbeidsbok som kan leses (.xlsx eller .xls). "
                        + "Åpne den i Excel og lagre den på nytt som «Excel-arbeidsbok (.xlsx)».", e);
            }
        }

        static void closeQuietly(Workbook workbook) {
            try {
                workbook.close();
            } catch (IOException e) {
                // read-only: nothing to lose
            }
        }
    }
}
