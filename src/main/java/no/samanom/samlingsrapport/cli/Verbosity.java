package no.samanom.samlingsrapport.cli;

import picocli.CommandLine.Option;

/** How much a command prints; the log file in the state folder always has the details. */
final class Verbosity {

    @Option(names = {"-q", "--quiet"}, description = "Skriv bare det som gikk galt (avviste og feilede samlinger).")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Skriv også hvert avvik under samlingen det gjelder.")
    boolean verbose;
}
