package no.samanom.samlingsrapport.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

import no.samanom.samlingsrapport.SamlingsrapportApplication;
import no.samanom.samlingsrapport.SamlingsrapportProperties;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.report.WarmUp;
import no.samanom.samlingsrapport.support.Language;

/**
 * What the command line asks of the jobs, and all it may ask: run a round over inputs, the
 * deviations of a gathering that ran, the recent runs. Starts the Spring context (job
 * repository, jobs, writers) for the folders a command names; {@link #validate} needs none.
 */
public final class Jobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    /** The job repository's file database in the state folder. */
    private static final String DATABASE = "jobs/db";

    private final ConfigurableApplicationContext context;
    private final Sharing sharing;

    private Jobs(ConfigurableApplicationContext context, Sharing sharing) {
        this.context = context;
        this.sharing = sharing;
    }

    /**
     * Folder settings become default properties, so -D and the environment can still override them.
     * Without a database the job repository is the state folder's own file database; with one
     * (PostgreSQL, shared by the nodes) its schema is created on first use and checked after.
     */
    public static Jobs start(Path input, Path output, Path state, Path templates, Language language, Sharing sharing) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "samlingsrapport.input", input.toAbsolutePath().toString(),
                "samlingsrapport.output", output.toAbsolutePath().toString(),
                "samlingsrapport.state", state.toAbsolutePath().toString(),
                "samlingsrapport.templates", templates.toAbsolutePath().toString(),
                "samlingsrapport.language", language.code()));
        if (sharing.staging() != null) {
            properties.put("samlingsrapport.staging", sharing.staging().toAbsolutePath().toString());
        }
        if (sharing.node() != null) {
            properties.put("samlingsrapport.node", sharing.node());
        }
        if (sharing.shared()) {
            properties.put("samlingsrapport.database", sharing.database());
            properties.put("spring.datasource.url", sharing.database());
            properties.put("spring.batch.jdbc.initialize-schema", "never"); // RepositorySchema creates it once
            // a database that is away should fail a round within seconds, not after Hikari's half minute
            properties.put("spring.datasource.hikari.connection-timeout", "5000");
            properties.put("spring.datasource.hikari.maximum-pool-size", "8");
            properties.put("spring.datasource.hikari.data-source-properties.socketTimeout", "120");
        } else {
            properties.put("spring.datasource.url", databaseUrl(state));
            // a file HSQLDB is not "embedded" to Boot; the scripts are not idempotent, errors on rerun are expected
            properties.put("spring.batch.jdbc.initialize-schema", "always");
            properties.put("spring.datasource.username", "SA");
            properties.put("spring.datasource.password", "");
            properties.put("spring.datasource.hikari.maximum-pool-size", "4");
        }
        ConfigurableApplicationContext context;
        try {
            context = SamlingsrapportApplication.application().properties(properties).run();
        } catch (RuntimeException e) {
            throw JobsUnavailableException.ifDatabase(e, sharing);
        }
        try {
            context.getBean(RepositorySchema.class).ensure();
            return new Jobs(context, sharing);
        } catch (RuntimeException e) {
            context.close();
            throw JobsUnavailableException.ifDatabase(e, sharing);
        }
    }

    /**
     * Starts using the writers' libraries on a thread of its own ({@link WarmUp}), so that what their
     * first use costs is paid on the idle core while the Spring context starts. A failure here only
     * means the first report pays it after all.
     */
    public static void warmUp(Path state) {
        Thread warmer = new Thread(() -> {
            for (WarmUp warmUp : ServiceLoader.load(WarmUp.class)) {
                try {
                    warmUp.run(state);
                } catch (Exception | LinkageError e) {
                    log.debug("Warming up {} failed", warmUp.getClass().getSimpleName(), e);
                }
            }
        }, "oppvarming");
        warmer.setDaemon(true);
        warmer.start();
    }

    /** The folder of the job repository's files. */
    static Path repository(Path state) {
        return state.resolve(DATABASE).getParent();
    }

    /**
     * A lock HSQLDB left in the state folder: the caller holds the state lock, so it is a dead
     * process's and can be cleared instead of waited on.
     */
    public static Path databaseLock(Path state) {
        return state.resolve(DATABASE + ".lck");
    }

    /**
     * shutdown=true closes the database with its last connection; write_delay=false syncs
     * every commit to disk, since HSQLDB's default half-second delay lets kill -9 take back
     * commits the job already relied on (found by the crash test); MVCC lets the gatherings
     * reported in parallel write their executions without locking each other's tables.
     */
    public static String databaseUrl(Path state) {
        return "jdbc:hsqldb:file:" + state.resolve(DATABASE).toAbsolutePath() + ";shutdown=true;hsqldb.write_delay=false;hsqldb.tx=mvcc";
    }

    /**
     * Reports every gathering the round found, then brings the networks' development reports up to date.
     *
     * @param force report again what the job repository has already completed
     */
    public RunResult run(Round round, boolean force, RunListener listener) {
        try {
            return context.getBean(GatheringRunner.class).run(round, force, listener);
        } catch (RuntimeException e) {
            throw JobsUnavailableException.ifDatabase(e, sharing);
        }
    }

    /** Every deviation of a gathering the round handled, in the order its deviation list has them. */
    public List<Deviation> deviations(GatheringOutcome outcome) {
        if (outcome.status() == GatheringOutcome.Status.FAILED) {
            return outcome.fileProblems();
        }
        try (Stream<Deviation> all = context.getBean(Staging.class).version(outcome.id(), outcome.fingerprint())
                .allDeviations()) {
            return all.toList();
        } catch (IOException | UncheckedIOException e) {
            return outcome.fileProblems();
        }
    }

    /** The latest {@code limit} job executions of gatherings, newest first. */
    public List<HistoryEntry> history(int limit) {
        try {
            return context.getBean(History.class).recent(limit);
        } catch (RuntimeException e) {
            throw JobsUnavailableException.ifDatabase(e, sharing);
        }
    }

    /** How often a progress line is printed when the output is not a terminal. */
    public Duration progressInterval() {
        return context.getBean(SamlingsrapportProperties.class).progressInterval();
    }

    /**
     * A check of the input against the contract as a run would make it, with the same reading,
     * validation and aggregation, but without Spring, a job repository, staging or reports.
     */
    public static Validation validation(Path input, Path templates) {
        return new Validation(input, templates);
    }

    @Override
    public void close() {
        context.close();
    }
}
