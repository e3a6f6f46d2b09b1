package no.samanom.samlingsrapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;

/** Logback takes its levels from {@link LogLevels}, found as a service, and logs nowhere before a state folder is known. */
class LogLevelsTest {

    @Test
    void shouldLogOurAndTheJobsLinesButOnlyTheLibrariesWarnings() {
        assertThat(LoggerFactory.getLogger("no.samanom.samlingsrapport.job.Example").isInfoEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger("org.springframework.batch.core.step.Example").isInfoEnabled()).isTrue();
        Logger library = LoggerFactory.getLogger("org.hsqldb.Example");
        assertThat(library.isInfoEnabled()).isFalse();
        assertThat(library.isWarnEnabled()).isTrue();
    }

    @Test
    void shouldHaveNoAppenderUntilAStateFolderIsKnown() {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.iteratorForAppenders()).toIterable()
                .allSatisfy(appender -> assertThat(appender.getName()).isEqualTo("state"));
    }

    @Test
    void shouldLeaveTheConfigurationToAFileTheOperatorNames() {
        System.setProperty(LogLevels.CONFIGURATION_FILE, "/tmp/logback-debug.xml");
        try {
            assertThat(new LogLevels().configure(new LoggerContext())).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        } finally {
            System.clearProperty(LogLevels.CONFIGURATION_FILE);
        }
        assertThat(new LogLevels().configure(new LoggerContext())).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
    }
}
