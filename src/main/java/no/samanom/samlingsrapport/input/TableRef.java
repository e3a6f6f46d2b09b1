package no.samanom.samlingsrapport.input;

import java.nio.file.Path;

/**
 * One table of a gathering: a CSV file, a single-table workbook, or one sheet of a workbook.
 *
 * @param path   absolute path of the file
 * @param file   the file's name relative to the gathering, as messages show it
 * @param sheet  the sheet name for workbooks (as the workbook has it, to find it again), null for CSV
 * @param sha256 the file's content when it was fingerprinted: reading another content is refused
 */
public record TableRef(Kind kind, String path, String file, String sheet, String sha256) {

    public static TableRef of(Kind kind, Path path, SourceFile file, String sheet) {
        return new TableRef(kind, path.toAbsolutePath().toString(), file.name(), sheet, file.sha256());
    }

    public Path filePath() {
        return Path.of(path);
    }

    public Origin origin(int line) {
        return new Origin(file, sheet, line);
    }
}
