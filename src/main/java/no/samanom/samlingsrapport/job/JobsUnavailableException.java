package no.samanom.samlingsrapport.job;

import java.sql.SQLException;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The shared job repository cannot be used: its database is away, refuses the node, or has a schema
 * this version does not know. The message says so in Norwegian; the run stops, and the next run
 * (or the next round of watch) takes up what is unfinished.
 */
public final class JobsUnavailableException extends RuntimeException {

    JobsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure as this exception when the shared database is behind it; otherwise the failure itself. */
    static RuntimeException ifDatabase(RuntimeException failure, Sharing sharing) {
        if (failure instanceof JobsUnavailableException || !sharing.shared()) {
            return failure;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException || cause instanceof DataAccessException
                    || cause instanceof TransactionException) {
                Throwable root = cause;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                return unusable(sharing, root.getMessage(), failure);
            }
        }
        return failure;
    }

    /** The database could not be reached or used, for the reason given. */
    static JobsUnavailableException unusable(Sharing sharing, String reason, Throwable cause) {
        return new JobsUnavailableException("Jobbregisteret i databasen " + sharing.shownDatabase() + " kan ikke brukes: "
                + reason + ". Det som er gjort, er lagret; neste kjøring fortsetter der denne stoppet.", cause);
    }
}
