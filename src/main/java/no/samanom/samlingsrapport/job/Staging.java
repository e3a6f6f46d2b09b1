package no.samanom.samlingsrapport.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.SamlingsrapportProperties;
import no.samanom.samlingsrapport.input.DataRow;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.input.InputPlan;
import no.samanom.samlingsrapport.input.ValidatedRow;
import no.samanom.samlingsrapport.support.AtomicFiles;
import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.RespondentScore;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staged data of each gathering version, kept in the state folder across runs: the plan
 * (tables and file findings), the normalised rows, the deviations and the summary. Later
 * steps, later runs and the network report read it from here.
 */
@Component
public class Staging {

    private final Path root;
    private final JsonMapper json;

    public Staging(SamlingsrapportProperties properties, JsonMapper json) {
        this.root = properties.stagingRoot().resolve("staging");
        this.json = json;
    }

    /** A consumer that may fail with an I/O error. */
    @FunctionalInterface
    public interface IOConsumer<T> {
        void accept(T value) throws IOException;
    }

    /** One gathering version's folder: the id, then the input fingerprint. */
    public Version version(String id, String fingerprint) {
        return new Version(root.resolve(id).resolve(fingerprint));
    }

    /**
     * One version of a network folder's own files (anchoring, results), beside the gatherings'
     * staging so that no gathering id can name it.
     */
    public Version networkVersion(String network, String fingerprint) {
        return new Version(root.resolveSibling("staging-nettverk").resolve(network).resolve(fingerprint));
    }

    public final class Version {
        private final Path folder;

        private Version(Path folder) {
            this.folder = folder;
        }

        Path rows() {
            return folder.resolve("rows.tsv");
        }

        Path deviations() {
            return folder.resolve("deviations.tsv");
        }

        private Path lateDeviations() {
            return folder.resolve("late-deviations.tsv");
        }

        /** Validated rows of small tables, written at once rather than in restartable chunks. */
        public void saveRows(java.util.List<ValidatedRow> validated) throws IOException {
            AtomicFiles.write(rows(), out -> {
                for (ValidatedRow row : validated) {
                    for (DataRow data : row.rows()) {
                        out.write((RowCodec.encode(data) + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
            });
            AtomicFiles.write(deviations(), out -> {
                for (ValidatedRow row : validated) {
                    for (Deviation d : row.deviations()) {
                        out.write((RowCodec.encode(d) + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
            });
        }

        public boolean exists() {
            return Files.exists(folder.resolve("plan.json")) && Files.exists(rows());
        }

        public void savePlan(InputPlan plan) throws IOException {
            writeJson(folder.resolve("plan.json"), plan);
        }

        public InputPlan plan() throws IOException {
            return readJson(folder.resolve("plan.json"), InputPlan.class);
        }

        /** The respondents' settled scores, written by aggregation, listed by the workbook. */
        public void saveScores(IOConsumer<Consumer<RespondentScore>> scores) throws IOException {
            AtomicFiles.write(folder.resolve("scores.tsv"), out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                scores.accept(score -> {
                    try {
                        writer.write(RowCodec.escape(score.respondent()) + "\t" + score.line() + "\t" + score.score() + "\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                writer.flush();
            });
        }

        public Stream<RespondentScore> scores() throws IOException {
            return lines(folder.resolve("scores.tsv")).map(line -> {
                String[] f = line.split("\t", -1);
                return new RespondentScore(RowCodec.text(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]));
            });
        }

        public void saveSummary(GatheringSummary summary, java.util.List<Deviation> late) throws IOException {
            AtomicFiles.write(lateDeviations(), out -> {
                for (Deviation d : late) {
                    out.write((RowCodec.encode(d) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            });
            writeJson(folder.resolve("summary.json"), summary);
        }

        public GatheringSummary summary() throws IOException {
            return readJson(folder.resolve("summary.json"), GatheringSummary.class);
        }

        /** The staged rows in input order; close the stream. */
        public Stream<DataRow> stagedRows() throws IOException {
            return lines(rows()).map(RowCodec::decodeRow);
        }

        /** Deviations found while reading rows; close the stream. */
        public Stream<Deviation> stagedDeviations() throws IOException {
            return lines(deviations()).map(RowCodec::decodeDeviation);
        }

        /** Every deviation in the order a reader expects: files first, then rows, then the whole gathering. */
        public Stream<Deviation> allDeviations() throws IOException {
            Stream<Deviation> staged = stagedDeviations();
            Stream<Deviation> late = lines(lateDeviations()).map(RowCodec::decodeDeviation);
            return Stream.of(plan().findings().stream(), staged, late).flatMap(s -> s)
                    .onClose(staged::close)
                    .onClose(late::close);
        }

        private Stream<String> lines(Path file) throws IOException {
            if (!Files.exists(file)) {
                return Stream.empty();
            }
            BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            return reader.lines().filter(line -> !line.isEmpty()).onClose(() -> {
                try {
                    reader.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** Another JSON file of this version, such as a network report's manifest. */
        public void saveJson(String name, Object value) throws IOException {
            writeJson(folder.resolve(name), value);
        }

        public <T> T json(String name, Class<T> type) throws IOException {
            return readJson(folder.resolve(name), type);
        }

        private void writeJson(Path file, Object value) throws IOException {
            AtomicFiles.write(file, out -> json.writeValue(out, value));
        }

        private <T> T readJson(Path file, Class<T> type) throws IOException {
            try (var in = Files.newInputStream(file)) {
                return json.readValue(in, type);
            }
        }
    }
}
