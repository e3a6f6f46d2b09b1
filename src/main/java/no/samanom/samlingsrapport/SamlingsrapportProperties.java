package no.samanom.samlingsrapport;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import no.samanom.samlingsrapport.support.Language;

/**
 * Settings of a run. The command line sets the folders; the rest can be given as
 * {@code -Dsamlingsrapport.chunk-size=...} or in the environment.
 *
 * @param input     a folder of gatherings, one gathering's folder, or one workbook
 * @param output    where each gathering gets a folder of reports
 * @param state     the job repository, staged rows and the log; never reports
 * @param templates what a network may change without a programmer (risk factors, ...)
 * @param language  the report language when a gathering does not name one
 * @param chunkSize rows per transaction while staging
 * @param progressInterval how often a progress line is printed when the output is not a terminal
 * @param threads   how many gatherings are reported at once; 0 for one per core
 * @param database  the JDBC URL of a job repository shared by several nodes (PostgreSQL); none for the state folder's own
 * @param staging   where staged rows are kept, shared by the nodes of one database; none for the state folder
 * @param node      this node's name in the job repository; none for the host's name
 */
@ConfigurationProperties("samlingsrapport")
public record SamlingsrapportProperties(
        @DefaultValue("input") Path input,
        @DefaultValue("output") Path output,
        @DefaultValue(".state") Path state,
        @DefaultValue("templates") Path templates,
        @DefaultValue("nb") Language language,
        @DefaultValue("1000") int chunkSize,
        @DefaultValue("10s") Duration progressInterval,
        @DefaultValue("0") int threads,
        String database,
        Path staging,
        String node) {

    /** Whether the job repository is shared with other nodes, which then claim each gathering before they run it. */
    public boolean shared() {
        return database != null && !database.isBlank();
    }

    /** The folder that holds the staging folders. */
    public Path stagingRoot() {
        return staging != null ? staging : state;
    }

    /** What the job repository calls this process: the node's name, else the host's. */
    public String nodeName() {
        if (node != null && !node.isBlank()) {
            return node;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "ukjent";
        }
    }

    /** The threads to report gatherings on: as configured, else one per core. */
    public int workers() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
