package no.samanom.samlingsrapport.input;

import java.nio.file.Path;
import java.util.List;

/**
 * One gathering as found in the input: a workbook or a folder of files, its tables, what
 * was found wrong with its files, and its identity (id plus a fingerprint of the content).
 *
 * @param id          safe id: from the `samling` table's `id`, else the file or folder name
 * @param fingerprint SHA-256 over the names and contents of all its files
 */
public record GatheringSource(String id, String root, List<SourceFile> files, List<TableRef> tables,
                              List<Deviation> findings, String fingerprint) {

    public Path rootPath() {
        return Path.of(root);
    }

    public boolean hasData() {
        return tables.stream().anyMatch(t -> t.kind().isData());
    }
}
