package no.samanom.samlingsrapport.cli;

import java.nio.file.Path;

/**
 * Points the log file into the state folder. Only our own lines go to the terminal; Spring's
 * and the job's details, stack traces included, go to the file (see logback.xml).
 */
final class Logging {

    static final String PROPERTY = "samlingsrapport.log";

    private Logging() {
    }

    static void toStateFolder(Path state) {
        System.setProperty(PROPERTY, state.resolve("samlingsrapport.log").toAbsolutePath().toString());
    }

    static String logFile() {
        return System.getProperty(PROPERTY, "samlingsrapport.log");
    }
}
