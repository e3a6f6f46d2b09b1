package no.samanom.samlingsrapport.input;

import java.nio.file.Path;

/**
 * One table of a gathering: a CSV file, a single-table workbook, or one sheet of a workbook.
 *
 * @param path  absolute path of the file
 * @param file  the file's name relative to the gathering, as messages show it
 * @param sheet the sheet name for workbooks, null for CSV
 */
public record TableRef(Kind kind, String path, String file, String sheet) {

    public static TableRef of(Kind kind, Path path, String file, String sheet) {
        return new TableRef(kind, path.toAbsolutePath().toString(), file, sheet);
    }

    public Path filePath() {
        return Path.of(path);
    }

    public Origin origin(int line) {
        return new Origin(file, sheet, line);
    }
}
