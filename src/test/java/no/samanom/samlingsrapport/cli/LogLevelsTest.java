package no.samanom.samlingsrapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
}
