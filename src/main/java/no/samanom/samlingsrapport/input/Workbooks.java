package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opening workbooks with messages a coordinator understands. POI can throw anything at a
 * damaged file; every failure becomes a reason that says what is wrong and what helps.
 */
final class Workbooks {

    /** A sheet's name as the workbook has it, and whether any cell in it holds text. */
    record SheetInfo(String name, boolean hasContent) {
    }

    private Workbooks() {
    }

    static Workbook open(Path path) throws InputFileException {
        try {
            InputFiles.Type type = InputFiles.type(path);
            if (type != InputFiles.Type.FILE) {
                throw new InputFileException(InputFiles.refusal(type));
            }
        } catch (IOException e) {
            throw new InputFileException(e.getMessage(), e);
        }
        try {
            // from a File, not a stream: POI then reads lazily instead of buffering it all
            return WorkbookFactory.create(path.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            throw new InputFileException("Arbeidsboken er passordbeskyttet. Lagre en kopi uten passord.", e);
        } catch (IOException | RuntimeException e) {
            throw new InputFileException(reason(e), e);
        }
    }

    /** The sheets in workbook order. */
    static List<SheetInfo> sheets(Path path) throws InputFileException {
        Workbook workbook = open(path);
        try {
            List<SheetInfo> sheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                sheets.add(new SheetInfo(sheet.getSheetName(), hasContent(sheet)));
            }
            return sheets;
        } catch (RuntimeException e) {
            throw new InputFileException(reason(e), e);
        } finally {
            closeQuietly(workbook);
        }
    }

    /** Whether the workbook counts its dates from 1904 (old Mac Excel) rather than 1900. */
    static boolean date1904(Workbook workbook) {
        if (workbook instanceof XSSFWorkbook xssf) {
            return xssf.isDate1904();
        }
        return workbook instanceof HSSFWorkbook hssf && hssf.getInternalWorkbook().isUsing1904DateWindowing();
    }

    static void closeQuietly(Workbook workbook) {
        try {
            workbook.close();
        } catch (IOException | RuntimeException e) {
            // read-only: nothing to lose
        }
    }

    private static boolean hasContent(Sheet sheet) {
        return sheet.getPhysicalNumberOfRows() > 0 && StreamSupport.stream(sheet.spliterator(), false)
                .anyMatch(row -> StreamSupport.stream(row.spliterator(), false)
                        .anyMatch(cell -> !ExcelTableSource.text(cell).isBlank()));
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
