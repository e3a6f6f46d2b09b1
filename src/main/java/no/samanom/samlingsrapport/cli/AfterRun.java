package no.samanom.samlingsrapport.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** What becomes of the input files once a run has dealt with them. */
final class AfterRun {

    enum After { KEEP, ARCHIVE }

    @Option(names = "--after", defaultValue = "keep", paramLabel = "keep|archive",
            description = "keep: la inndata ligge (standard). archive: flytt en rapportert samling til "
                    + "ARKIV/behandlet/<dato>/ og en avvist til ARKIV/avvist/<dato>/ med en forklaring ved siden av.")
    After after;

    @Option(names = "--archive", defaultValue = "archive", paramLabel = "ARKIV",
            description = "Arkivmappen for --after=archive; må ligge utenfor inndatamappen (standard: ${DEFAULT-VALUE}).")
    Path archive;

    boolean archiving() {
        return after == After.ARCHIVE;
    }
}
