package no.samanom.samlingsrapport.cli;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;

/**
 * The log file lives in the state folder and nowhere else. Until a command names its state
 * folder nothing is logged (LogLevels adds no appender), so no command ever opens a file in a
 * shared temporary folder; {@code validate} logs nowhere. Only our own lines go to the
 * terminal; Spring's and the job's details, stack traces included, go to the file.
 */
final class Logging {

    static final String FILE_NAME = "samlingsrapport.log";

    private static volatile String file;

    private Logging() {
    }

    /** Logs from now on to {@code <state>/samlingsrapport.log}; a file that cannot be opened means no log, not a failure. */
    static void toStateFolder(Path state) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("state");
        appender.setFile(state.resolve(FILE_NAME).toAbsolutePath().toString());
        appender.setEncoder(encoder);
        appender.start();
        if (appender.isStarted()) {
            root.addAppender(appender);
            file = appender.getFile();
        }
    }

    /** Where the details are, for messages that refer to them. */
    static String logFile() {
        return file != null ? file : "(ingen loggfil)";
    }
}
