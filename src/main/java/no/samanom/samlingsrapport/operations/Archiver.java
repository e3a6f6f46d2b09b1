package no.samanom.samlingsrapport.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.samanom.samlingsrapport.input.Consequence;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.job.GatheringOutcome;
import no.samanom.samlingsrapport.job.RunResult;

/**
 * {@code --after=archive}: moves what a run has dealt with out of the drop folder, a reported
 * gathering to {@code <archive>/behandlet/<date>/} and a rejected one (or a loose file no
 * gathering could use) to {@code <archive>/avvist/<date>/} with a text file beside it saying
 * why. A failed gathering stays where it is, to be retried. Nothing is ever overwritten:
 * a name already taken gets "-2", "-3", ...
 */
public final class Archiver {

    static final String PROCESSED = "behandlet";
    static final String REJECTED = "avvist";

    private final Path input;
    private final Path archive;

    public Archiver(Path input, Path archive) {
        this.input = input.toAbsolutePath().normalize();
        this.archive = archive.toAbsolutePath().normalize();
    }

    /** An archive inside the drop folder would be read again as input. */
    public boolean insideInput() {
        return archive.startsWith(Files.isDirectory(input) ? input : input.getParent());
    }

    /** Moves what the run dealt with; returns one line per move for the operator. */
    public List<String> archive(RunResult result, LocalDate date) throws IOException {
        List<String> moved = new ArrayList<>();
        for (GatheringOutcome outcome : result.outcomes()) {
            Path source = Path.of(outcome.source());
            // a failed gathering is retried from the input; one another node works on is that node's to move
            if (outcome.status() == GatheringOutcome.Status.FAILED || outcome.status() == GatheringOutcome.Status.ELSEWHERE
                    || !Files.exists(source)) {
                continue;
            }
            try {
                if (outcome.status() == GatheringOutcome.Status.REPORTED) {
                    moved.add(describe(source, move(source, folder(PROCESSED, date))));
                } else {
                    List<String> why = new ArrayList<>(List.of("Samlingen " + outcome.id() + " ble avvist: "
                            + outcome.message()));
                    outcome.fileProblems().forEach(d -> why.add(d.describe()));
                    moved.add(describe(source, reject(source, date, why)));
                }
            } catch (NoSuchFileException e) {
                // another node that shares the drop folder found it done too, and moved it first
            }
        }
        for (Deviation finding : result.findings()) {
            Path file = (Files.isDirectory(input) ? input : input.getParent()).resolve(finding.file());
            if (finding.consequence() == Consequence.FILE_REJECTED && Files.isRegularFile(file)) {
                moved.add(describe(file, reject(file, date, List.of(finding.describe()))));
            }
        }
        return moved;
    }

    private Path reject(Path source, LocalDate date, List<String> why) throws IOException {
        Path target = move(source, folder(REJECTED, date));
        Path explanation = target.resolveSibling(target.getFileName() + ".avvist.txt");
        Files.writeString(explanation, String.join(System.lineSeparator(), why) + System.lineSeparator(),
                StandardCharsets.UTF_8);
        return target;
    }

    private Path folder(String kind, LocalDate date) throws IOException {
        return Files.createDirectories(archive.resolve(kind).resolve(date.toString()));
    }

    private static Path move(Path source, Path folder) throws IOException {
        String name = source.getFileName().toString();
        int dot = Files.isDirectory(source) ? -1 : name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        Path target = folder.resolve(name);
        for (int n = 2; Files.exists(target) || Files.exists(target.resolveSibling(target.getFileName() + ".avvist.txt")); n++) {
            target = folder.resolve(stem + "-" + n + extension);
        }
        return Files.move(source, target);
    }

    private String describe(Path from, Path to) {
        return "Flyttet " + from + " til " + to;
    }
}
