package no.samanom.samlingsrapport.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.SamlingsrapportProperties;

/**
 * The shared job repository's tables: Spring Batch's, and ours, which records the version of the
 * schema. Created by the first node that finds the database empty, under a lock so that two nodes
 * starting together do not both create them; left alone after that. A node older than the schema
 * refuses to work on it rather than write what a newer version would misread.
 */
@Component
class RepositorySchema {

    /** This version's schema: Spring Batch 6's tables. Raise it with every change to the shared tables. */
    static final int VERSION = 1;
    private static final String TABLE = "samlingsrapport_skjema";

    private final DataSource dataSource;
    private final SamlingsrapportProperties properties;

    RepositorySchema(DataSource dataSource, SamlingsrapportProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    void ensure() {
        if (!properties.shared()) {
            return; // the state folder's database: Boot's initialiser, as before
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + DatabaseClaims.NAMESPACE + ", 0)");
                if (!exists(connection, "batch_job_instance")) {
                    ScriptUtils.executeSqlScript(connection,
                            new ClassPathResource("org/springframework/batch/core/schema-postgresql.sql"));
                }
                if (!exists(connection, TABLE)) {
                    statement.execute("CREATE TABLE " + TABLE + " (versjon INTEGER NOT NULL)");
                    statement.execute("INSERT INTO " + TABLE + " VALUES (" + VERSION + ")");
                }
                int found = version(statement);
                connection.commit();
                if (found > VERSION) {
                    throw new JobsUnavailableException("Jobbregisteret i databasen " + new Sharing(properties.database(),
                            null, null).shownDatabase() + " har skjemaversjon " + found + ", laget av en nyere versjon av "
                            + "samlingsrapport; denne noden kjenner bare versjon " + VERSION + ". Oppdater samlingsrapport "
                            + "på denne noden før den tar del i arbeidet.", null);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The shared job repository could not be checked", e);
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private static int version(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT MAX(versjon) FROM " + TABLE)) {
            row.next();
            return row.getInt(1);
        }
    }
}
