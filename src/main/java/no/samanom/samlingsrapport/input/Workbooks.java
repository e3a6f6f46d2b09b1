package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;


/**
 * Opening workbooks with messages a coordinator understands. An .xlsx is a zip of XML parts read
 * with the JDK's streaming parser ({@link XlsxPackage}), one sheet's rows at a time, so that a
 * workbook of a million rows needs no more memory than its CSV; an .xls (at most 65,536 rows a
 * sheet) and an encrypted workbook are POI's. A damaged file can make either throw anything;
 * every failure becomes a reason that says what is wrong and what helps.
 */
final class Workbooks {

    private Workbooks() {
    }

    /** Whether the file is an .xlsx (a zip package) rather than an .xls or an encrypted workbook (OLE2). */
    static boolean isPackage(Path path) throws InputFileException {
        try {
            InputFiles.Type type = InputFiles.type(path);
            if (type != InputFiles.Type.FILE) {
                throw new InputFileException(InputFiles.refusal(type));
            }
            return FileMagic.valueOf(path.toFile()) == FileMagic.OOXML;
        } catch (IOException e) {
            throw new InputFileException(e.getMessage(), e);
        }
    }

    /** An .xlsx package, ready for its sheets to be read. */
    static XlsxPackage openPackage(Path path) throws InputFileException {
        try {
            return XlsxPackage.open(path);
        } catch (IOException | RuntimeException e) {
            throw new InputFileException(reason(e), e);
        }
    }

    /** An .xls, or an encrypted workbook (which is refused with a message saying so), by POI. */
    static Workbook open(Path path) throws InputFileException {
        isPackage(path);
        try {
            // from a File, not a stream: POI then reads lazily instead of buffering it all
            return WorkbookFactory.create(path.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            throw new InputFileException("Arbeidsboken er passordbeskyttet. Lagre en kopi uten passord.", e);
        } catch (IOException | RuntimeException e) {
            throw new InputFileException(reason(e), e);
        }
    }

    /** The sheets' names in workbook order; no sheet is read. */
    static List<String> sheets(Path path) throws InputFileException {
        if (isPackage(path)) {
            try (XlsxPackage workbook = openPackage(path)) {
                return workbook.sheetNames();
            } catch (IOException e) {
                throw new InputFileException(reason(e), e);
            }
        }
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
    static boolean hasContent(Path path, String sheet) throws InputFileException {
        TableRef ref = new TableRef(Kind.SAMLING, path.toString(), path.getFileName().toString(), sheet, null);
        try (TableSource table = TableSource.open(ref)) {
            return !table.header().isEmpty();
        } catch (IOException e) {
            throw new InputFileException(reason(e), e);
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
