package no.samanom.samlingsrapport.job;

import java.nio.file.Path;

/**
 * What a node shares with others: the job repository's database, the folder of staged rows, and
 * the name it goes by. {@link #ALONE} is one machine with the state folder's own database.
 *
 * @param database a JDBC URL (PostgreSQL), or null for the state folder's HSQLDB
 * @param staging  the staged rows' folder, or null for the state folder
 * @param node     this node's name, or null for the host's name
 */
public record Sharing(String database, Path staging, String node) {

    public static final Sharing ALONE = new Sharing(null, null, null);

    public boolean shared() {
        return database != null && !database.isBlank();
    }

    /** The URL without what may follow a '?' (a password can be written there): for messages. */
    public String shownDatabase() {
        int query = database.indexOf('?');
        return query < 0 ? database : database.substring(0, query);
    }
}
