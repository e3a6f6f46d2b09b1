package no.samanom.samlingsrapport.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import no.samanom.samlingsrapport.Templates;
import no.samanom.samlingsrapport.input.Consequence;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.input.GatheringSource;
import no.samanom.samlingsrapport.input.InputFileException;
import no.samanom.samlingsrapport.input.InputScanner;
import no.samanom.samlingsrapport.support.AtomicFiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * One round's input, found before any job starts: its gatherings, network folders and findings,
 * and a fingerprint of all of them. A round whose input is exactly what the last round found,
 * when that round ended with nothing failed, has nothing to do: its result is the last round's,
 * every gathering and network unchanged, and it is told without starting the job repository.
 */
public final class Round {

    /** The last round's input fingerprint and result, in the state folder. */
    static final String LAST = "siste-runde.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InputScanner.Scan scan;
    private final String fingerprint;

    private Round(InputScanner.Scan scan, String fingerprint) {
        this.scan = scan;
        this.fingerprint = fingerprint;
    }

    /** Finds what the inputs hold (the entries of a watched folder, or one input folder). */
    public static Round of(List<Path> inputs, Path root, Path templates) {
        InputScanner scanner = new InputScanner(new Templates(templates).riskFactors(), root);
        List<GatheringSource> gatherings = new ArrayList<>();
        List<Deviation> findings = new ArrayList<>();
        List<GatheringSource> networks = new ArrayList<>();
        for (Path input : inputs) {
            try {
                InputScanner.Scan scan = scanner.scan(input);
                gatherings.addAll(scan.gatherings());
                findings.addAll(scan.findings());
                networks.addAll(scan.networks());
            } catch (InputFileException e) {
                findings.add(Deviation.ofFile(input.toString(), e.getMessage(), Consequence.FILE_REJECTED));
            }
        }
        InputScanner.Scan scan = new InputScanner.Scan(gatherings, findings, networks);
        return new Round(scan, fingerprint(scan));
    }

    InputScanner.Scan scan() {
        return scan;
    }

    /**
     * The last round's result, told as unchanged, if this round's input is the same, that round
     * failed nowhere, and nothing has written to the job repository since it ended.
     */
    public Optional<RunResult> unchanged(Path state) {
        Path file = state.resolve(LAST);
        if (!Files.isRegularFile(file) || writtenSince(Jobs.repository(state), file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            Last last = JSON.readValue(in, Last.class);
            if (!fingerprint.equals(last.fingerprint()) || last.result().failed()) {
                return Optional.empty();
            }
            RunResult result = last.result();
            return Optional.of(new RunResult(result.outcomes().stream().map(o -> new GatheringOutcome(o.id(), o.source(),
                    o.fingerprint(), o.status(), true, o.when(), o.summary(), o.fileProblems(), o.message(), o.files()))
                    .toList(), scan.findings(), result.networks().stream().map(n -> new NetworkOutcome(n.key(), n.name(),
                    n.status(), true, n.when(), n.gatherings(), n.files(), n.fileProblems(), n.message())).toList()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable record only means the jobs find out themselves
        }
    }

    /**
     * Keeps the result for the next round, once the jobs have closed their repository; a round that
     * failed anywhere is not kept, so the next one retries.
     */
    public void remember(Path state, RunResult result) throws IOException {
        Path file = state.resolve(LAST);
        if (result.failed()) {
            Files.deleteIfExists(file);
        } else {
            AtomicFiles.write(file, out -> JSON.writeValue(out, new Last(fingerprint, result)));
        }
    }

    /** Whether any file of the folder was modified after the record was written. */
    private static boolean writtenSince(Path folder, Path record) {
        try (Stream<Path> files = Files.list(folder)) {
            long kept = Files.getLastModifiedTime(record).toMillis();
            return files.anyMatch(f -> modified(f) > kept);
        } catch (IOException | UncheckedIOException e) {
            return true;
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record in the state folder. */
    record Last(String fingerprint, RunResult result) {
    }

    /** What the round found, by names, fingerprints and places, and what it said of the rest. */
    private static String fingerprint(InputScanner.Scan scan) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (GatheringSource source : scan.gatherings()) {
                update(digest, "g", source.id(), source.fingerprint(), source.root());
            }
            for (GatheringSource folder : scan.networks()) {
                update(digest, "n", folder.id(), folder.fingerprint(), folder.root());
            }
            for (Deviation finding : scan.findings()) {
                update(digest, "f", finding.describe());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void update(MessageDigest digest, String... parts) {
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }
}
