package no.samanom.samlingsrapport.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the real PostgreSQL cluster the tests are given (.ci/run starts a throw-away
 * one: .ci/pg-throwaway). Without one the tests are skipped on a developer's machine, and fail
 * under CI=true, where a missing database is a broken set-up and not a reason to test less.
 */
public final class SharedDatabase {

    private static final String URL = "SAMLINGSRAPPORT_TEST_DATABASE";
    private static final String USER = "SAMLINGSRAPPORT_TEST_DATABASE_USER";
    private static final String CLUSTER = "SAMLINGSRAPPORT_TEST_CLUSTER";

    private final String url;

    private SharedDatabase(String url) {
        this.url = url;
    }

    /** A new, empty database for one test. */
    public static SharedDatabase create() throws SQLException {
        String server = System.getenv(URL);
        if (server == null || server.isBlank()) {
            String why = URL + " is not set: no PostgreSQL to test the shared job repository against "
                    + "(.ci/run starts one with .ci/pg-throwaway; see the README).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true, but " + why);
            }
            Assumptions.abort(why);
        }
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(withUser(server));
             Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            fail(URL + "=" + server + " is set, but PostgreSQL cannot be reached there: " + e.getMessage(), e);
        }
        return new SharedDatabase(withUser(server.substring(0, server.lastIndexOf('/') + 1) + name));
    }

    /** The JDBC URL, the user in it: what --database takes. */
    public String url() {
        return url;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Stops the server, as a database that goes away; every test database on it with it. */
    public static void pause() throws IOException, InterruptedException {
        cluster("pause");
    }

    public static void resume() throws IOException, InterruptedException {
        cluster("resume");
    }

    private static void cluster(String action) throws IOException, InterruptedException {
        Path script = Path.of(".ci", "pg-throwaway").toAbsolutePath();
        Process process = new ProcessBuilder(script.toString(), action, System.getenv(CLUSTER)).inheritIO().start();
        if (process.waitFor() != 0) {
            fail(".ci/pg-throwaway " + action + " failed");
        }
    }

    private static String withUser(String url) {
        String user = System.getenv(USER);
        return user == null || user.isBlank() ? url : url + (url.contains("?") ? "&" : "?") + "user=" + user;
    }
}
