package no.samanom.samlingsrapport.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * Claims as PostgreSQL advisory locks, each held by a connection of its own. The server lets go of
 * a connection's locks when the connection ends: at once when the node's process is killed (its
 * operating system closes the socket), and within about 25 seconds when the node's machine is
 * gone, through the TCP keepalives this class asks the server for.
 */
final class DatabaseClaims implements Claims {

    /** The first half of every key: the advisory locks of samlingsrapport ("SRAP"), apart from others'. */
    static final int NAMESPACE = 0x53524150;
    private static final Duration POLL = Duration.ofMillis(250);

    private final String url;
    private final Properties login = new Properties();

    DatabaseClaims(String url, String user, String password, String node) {
        this.url = url;
        if (user != null && !user.isBlank()) {
            login.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            login.setProperty("password", password);
        }
        login.setProperty("ApplicationName", "samlingsrapport " + node);
        login.setProperty("connectTimeout", "5");
        // a server that vanishes without closing the connection must not hang a round
        login.setProperty("socketTimeout", "120");
    }

    @Override
    public Optional<Claim> tryClaim(String key) {
        Connection connection = connect();
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, NAMESPACE);
            lock.setInt(2, objectId(key));
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                if (row.getBoolean(1)) {
                    return Optional.of(() -> close(connection));
                }
            }
        } catch (SQLException e) {
            close(connection);
            throw unavailable(e);
        }
        close(connection);
        return Optional.empty();
    }

    @Override
    public Optional<Claim> await(String key, Duration patience) {
        long end = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<Claim> claim = tryClaim(key);
            if (claim.isPresent() || System.nanoTime() > end) {
                return claim;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + key, e);
            }
        }
    }

    private Connection connect() {
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, login);
        } catch (SQLException e) {
            throw unavailable(e);
        }
        try (Statement keepalive = connection.createStatement()) {
            keepalive.execute("SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; "
                    + "SET tcp_keepalives_count = 3");
            return connection;
        } catch (SQLException e) {
            close(connection);
            throw unavailable(e);
        }
    }

    private JobsUnavailableException unavailable(SQLException e) {
        return JobsUnavailableException.unusable(new Sharing(url, null, null), e.getMessage(), e);
    }

    private static void close(Connection connection) {
        try {
            connection.close(); // the server lets go of the connection's locks with it
        } catch (SQLException e) {
            // a connection already broken holds nothing any more
        }
    }

    /** The second half of a key: the first four bytes of its SHA-256. Two keys that share it only take turns. */
    private static int objectId(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return (hash[0] & 0xff) << 24 | (hash[1] & 0xff) << 16 | (hash[2] & 0xff) << 8 | hash[3] & 0xff;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
