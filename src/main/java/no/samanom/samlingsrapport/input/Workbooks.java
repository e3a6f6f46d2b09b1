package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import com.github.pjfanning.xlsx.StreamingReader;

/**
 * Opening workbooks with messages a coordinator understands. An .xlsx is read streaming, one
 * sheet's rows at a time straight from its XML (excel-streaming-reader), so that a workbook of
 * a million rows needs no more memory than its CSV; an .xls (at most 65,536 rows a sheet) is read
 * by POI as a whole. POI can throw anything at a damaged file; every failure becomes a reason
 * that says what is wrong and what helps.
 */
final class Workbooks {

    private Workbooks() {
    }

    static Workbook open(Path path) throws InputFileException {
        FileMagic magic;
        try {
            InputFiles.Type type = InputFiles.type(path);
            if (type != InputFiles.Type.FILE) {
                throw new InputFileException(InputFiles.refusal(type));
            }
            magic = FileMagic.valueOf(path.toFile());
        } catch (IOException e) {
            throw new InputFileException(e.getMessage(), e);
        }
        try {
            if (magic == FileMagic.OOXML) {
                return StreamingReader.builder()
                        .rowCacheSize(100)
                        .bufferSize(1 << 16)
                        .setReadSharedFormulas(false)
                        .setReadHyperlinks(false)
                        .setReadComments(false)
                        .setReadShapes(false)
                        .setReadCoreProperties(false)
                        .open(path.toFile());
            }
            // an .xls, or an encrypted .xlsx (both OLE2): from a File, not a stream, so POI reads lazily
            return WorkbookFactory.create(path.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            throw new InputFileException("Arbeidsboken er passordbeskyttet. Lagre en kopi uten passord.", e);
        } catch (IOException | RuntimeException e) {
            throw new InputFileException(reason(e), e);
        }
    }

    /** The sheets' names in workbook order; no sheet is read. */
    static List<String> sheets(Path path) throws InputFileException {
        Workbook workbook = open(path);
        try {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add(workbook.getSheetName(i));
            }
            return names;
        } catch (RuntimeException e) {
            throw new InputFileException(reason(e), e);
        } finally {
            closeQuietly(workbook);
        }
    }

    /** Whether any cell of the sheet holds text: read only for sheets that are not a table, to say so. */
    static boolean hasContent(Path path, String sheetName) throws InputFileException {
        Workbook workbook = open(path);
        try {
            Sheet sheet = workbook.getSheet(sheetName);
            for (Iterator<Row> rows = sheet.rowIterator(); rows.hasNext(); ) {
                for (Cell cell : rows.next()) {
                    if (!ExcelTableSource.text(cell).isBlank()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (RuntimeException e) {
            throw new InputFileException(reason(e), e);
        } finally {
            closeQuietly(workbook);
        }
    }

    /** Whether the workbook counts its dates from 1904 (old Mac Excel) rather than 1900. */
    static boolean date1904(Workbook workbook) {
        return workbook instanceof Date1904Support dates && dates.isDate1904();
    }

    static void closeQuietly(Workbook workbook) {
        try {
            workbook.close();
        } catch (IOException | RuntimeException e) {
            // read-only: nothing to lose
        }
    }

    /** What went wrong, from anywhere in the cause chain, in the coordinator's terms. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("more internal file entries")
                    || message.contains("exceed") && message.contains("max")) {
                return "Arbeidsboken er større eller har flere deler (ark, bilder) enn jobben leser av "
                        + "sikkerhetsgrunner. Del den opp i mindre arbeidsbøker, eller fjern ark og bilder som ikke trengs.";
            }
            if (t instanceof AccessDeniedException || t instanceof NoSuchFileException) {
                return InputFiles.readable((IOException) t).getMessage();
            }
        }
        return "Filen er ikke en Excel-arbeidsbok som kan leses (.xlsx eller .xls). "
                + "Åpne den i Excel og lagre den på nytt som «Excel-arbeidsbok (.xlsx)».";
    }
}
