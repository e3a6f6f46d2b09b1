package no.samanom.samlingsrapport.report.excel;

import java.io.File;
import java.nio.file.Path;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Streaming workbooks spill their rows to temporary files. POI puts them in a shared
 * {@code poifiles} folder in the system's temporary folder, which the first user to run any
 * POI program owns: another user's job then fails there. Ours go to the state folder, which
 * the job owns, and nowhere else.
 */
@Component
class PoiTempFolder {

    PoiTempFolder(@Value("${samlingsrapport.state}") Path state) {
        use(state);
    }

    static void use(Path state) {
        File folder = state.resolve("tmp").toAbsolutePath().toFile();
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder));
    }
}
