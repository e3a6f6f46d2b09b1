package no.samanom.samlingsrapport.cli;

import java.nio.file.Path;

import no.samanom.samlingsrapport.job.Sharing;
import picocli.CommandLine.Option;

/** What two or more nodes share: the job repository's database and the staged rows' folder, and the node's name. */
final class SharedOptions {

    @Option(names = "--database", defaultValue = "${env:SAMLINGSRAPPORT_DATABASE}", paramLabel = "JDBC-URL",
            description = {"Et jobbregister i PostgreSQL som flere noder deler, f.eks. "
                    + "jdbc:postgresql://db.example.no:5432/samlingsrapport (også SAMLINGSRAPPORT_DATABASE). Bruker og "
                    + "passord fra SPRING_DATASOURCE_USERNAME og SPRING_DATASOURCE_PASSWORD. Uten: tilstandsmappens egen database."})
    String database;

    @Option(names = "--staging", defaultValue = "${env:SAMLINGSRAPPORT_STAGING}", paramLabel = "MAPPE",
            description = "Mellomlagrede data; noder som deler --database, må dele denne mappen også (standard: tilstandsmappen).")
    Path staging;

    @Option(names = "--node", defaultValue = "${env:SAMLINGSRAPPORT_NODE}", paramLabel = "NAVN",
            description = "Nodens navn i jobbregisteret og i history (standard: maskinens navn).")
    String node;

    Sharing sharing() {
        return new Sharing(database, staging, node);
    }
}
