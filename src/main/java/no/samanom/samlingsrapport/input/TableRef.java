package no.samanom.samlingsrapport.input;

import java.io.IOException;
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

    /**
     * After a whole table was read: its file must still be the one fingerprinted. Hashed again,
     * unless the file system says it has not changed since it was (see {@link KnownFiles}).
     */
    void verifyUnchanged() throws IOException {
        if (sha256 == null) {
            return;
        }
        String now;
        try {
            now = Hashing.sha256(filePath());
        } catch (IOException e) {
            throw new InputChangedException(InputChangedException.of(this).getMessage(), e);
        }
        if (!now.equals(sha256)) {
            throw InputChangedException.of(this);
        }
    }

    public Origin origin(int line) {
        return new Origin(file, sheet, line);
    }
}
