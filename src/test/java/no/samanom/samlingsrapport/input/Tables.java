package no.samanom.samlingsrapport.input;

import java.nio.file.Path;

/** Test fixtures for the readers: a table reference to a file, without a fingerprint to check. */
final class Tables {

    private Tables() {
    }

    static TableRef ref(Path file, String sheet) {
        return new TableRef(Kind.EVALUERING, file.toString(), file.getFileName().toString(), sheet, null);
    }
}
