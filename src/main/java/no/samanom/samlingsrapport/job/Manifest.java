package no.samanom.samlingsrapport.job;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import no.samanom.samlingsrapport.input.Hashing;
import no.samanom.samlingsrapport.support.AtomicFiles;

/**
 * {@code output/manifest.csv}: one row per report file written, so the archive can check
 * what it received; its first column is the folder in output/ (a gathering id, or nettverk-... for a
 * network's development report). Comma-separated UTF-8 (RFC 4180) for machines. A gathering's version
 * numbers count its input fingerprints in the order they were first reported; writing the
 * same version's file again (a restart after a crash, or --force) replaces its row.
 */
public final class Manifest {

    public static final String FILE_NAME = "manifest.csv";
    static final String[] HEADER = {"samling", "versjon", "fil", "sha256", "fingeravtrykk", "jobbkjoering", "tidspunkt"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).setSkipHeaderRecord(true).get();

    private final Path file;

    public Manifest(Path output) {
        this.file = output.resolve(FILE_NAME);
    }

    /** One row of the manifest. */
    public record Entry(String gathering, int version, String file, String sha256, String fingerprint,
                        long jobExecution, LocalDateTime time) {
    }

    public List<Entry> entries() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : FORMAT.parse(reader)) {
                entries.add(new Entry(r.get(0), Integer.parseInt(r.get(1)), r.get(2), r.get(3), r.get(4),
                        Long.parseLong(r.get(5)), LocalDateTime.parse(r.get(6), TIME)));
            }
        }
        return entries;
    }

    /**
     * Records the files one job execution wrote for a gathering version. Gatherings are reported
     * in parallel: one writer at a time reads, changes and replaces the file.
     */
    public void record(String gathering, String fingerprint, long jobExecution, LocalDateTime time, List<Path> files)
            throws IOException {
        synchronized (Manifest.class) {
            update(gathering, fingerprint, jobExecution, time, files);
        }
    }

    private void update(String gathering, String fingerprint, long jobExecution, LocalDateTime time, List<Path> files)
            throws IOException {
        List<Entry> entries = new ArrayList<>(entries());
        int version = versionOf(entries, gathering, fingerprint);
        for (Path written : files) {
            String name = written.getFileName().toString();
            entries.removeIf(e -> e.gathering().equals(gathering) && e.fingerprint().equals(fingerprint)
                    && e.file().equals(name));
            entries.add(new Entry(gathering, version, name, Hashing.sha256(written), fingerprint, jobExecution, time));
        }
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
                for (Entry e : entries) {
                    printer.printRecord(e.gathering(), e.version(), e.file(), e.sha256(), e.fingerprint(),
                            e.jobExecution(), TIME.format(e.time().truncatedTo(ChronoUnit.SECONDS)));
                }
            }
        });
    }

    private static int versionOf(List<Entry> entries, String gathering, String fingerprint) {
        return entries.stream().filter(e -> e.gathering().equals(gathering))
                .filter(e -> e.fingerprint().equals(fingerprint)).mapToInt(Entry::version).findFirst()
                .orElseGet(() -> entries.stream().filter(e -> e.gathering().equals(gathering))
                        .mapToInt(Entry::version).max().orElse(0) + 1);
    }
}
