package no.samanom.samlingsrapport.cli;

import org.slf4j.Logger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's configuration, in code: our own and the jobs' lines at INFO, the libraries' warnings,
 * and no appender, so that nothing is logged until a command knows its state folder ({@link Logging}
 * then adds {@code <state>/samlingsrapport.log}): never the terminal, never a shared folder. Logback
 * finds this through ServiceLoader before it looks for a logback.xml, whose parsing cost every
 * command a fifth of a second at start. A file named with {@code -Dlogback.configurationFile} (to
 * look closer at a problem) is still read instead.
 */
public final class LogLevels extends ContextAwareBase implements Configurator {

    static final String CONFIGURATION_FILE = "logback.configurationFile";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(CONFIGURATION_FILE) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        context.getLogger("no.samanom").setLevel(Level.INFO);
        context.getLogger("org.springframework.batch").setLevel(Level.INFO);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
