package no.samanom.samlingsrapport.report.excel;

import java.io.File;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.SamlingsrapportProperties;

/**
 * Streaming workbooks spill their rows to temporary files. POI puts them in a shared
 * {@code poifiles} folder in the system's temporary folder, which the first user to run any
 * POI program owns: another user's job then fails there. Ours go to the state folder, which
 * the job owns, and nowhere else.
 */
@Component
class PoiTempFolder {

    PoiTempFolder(SamlingsrapportProperties properties) {
        File folder = properties.state().resolve("tmp").toAbsolutePath().toFile();
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder));
    }
}
