package no.samanom.samlingsrapport.cli;

import java.nio.file.Path;

import no.samanom.samlingsrapport.support.Language;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where a run reads, writes and keeps its state, and how it renders: shared by run and watch. */
final class Folders {

    @Option(names = "--input", defaultValue = "input", paramLabel = "MAPPE",
            description = "En mappe med samlinger, én samlings mappe eller én arbeidsbok (standard: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--output", defaultValue = "output", paramLabel = "MAPPE",
            description = "Hvor rapportene skrives, én mappe per samling, og manifest.csv (standard: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--state", defaultValue = ".state", paramLabel = "MAPPE",
            description = "Jobbregisteret, mellomlagrede data og loggen (standard: ${DEFAULT-VALUE}).")
    Path state;

    @Option(names = "--templates", defaultValue = "templates", paramLabel = "MAPPE",
            description = "Maler: risikofaktorer, profil og tekster (standard: ${DEFAULT-VALUE}).")
    Path templates;

    @Mixin
    SharedOptions shared;

    @Option(names = "--language", defaultValue = "nb", paramLabel = "SPRÅK",
            description = "Rapportspråk når samlingen ikke sier noe: nb (bokmål), nn (nynorsk) eller en (standard: ${DEFAULT-VALUE}).")
    Language language;
}
