package no.samanom.samlingsrapport.cli;

import java.nio.file.Path;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;

/**
 * Points the log file into the state folder. Only our own lines go to the terminal; Spring's
 * and the job's details, stack traces included, go to the file (see logback.xml).
 */
final class Logging {

    static final String PROPERTY = "samlingsrapport.log";

    private Logging() {
    }

    /** Logback was configured before the command knew its folder: configure it again for it. */
    static void toStateFolder(Path state) {
        System.setProperty(PROPERTY, state.resolve("samlingsrapport.log").toAbsolutePath().toString());
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        try {
            new ContextInitializer(context).autoConfig();
        } catch (JoranException e) {
            throw new IllegalStateException("logback.xml is broken", e);
        }
    }

    static String logFile() {
        return System.getProperty(PROPERTY, "(ingen loggfil)");
    }
}
