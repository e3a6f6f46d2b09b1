package no.samanom.samlingsrapport.network;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.SamlingsrapportProperties;
import no.samanom.samlingsrapport.Templates;
import no.samanom.samlingsrapport.aggregation.SummaryBuilder;
import no.samanom.samlingsrapport.input.DataRow;
import no.samanom.samlingsrapport.input.DataRow.AnchoringRow;
import no.samanom.samlingsrapport.input.DataRow.IndicatorRow;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.input.GatheringSource;
import no.samanom.samlingsrapport.input.InputFileException;
import no.samanom.samlingsrapport.input.InputPlan;
import no.samanom.samlingsrapport.input.InputScanner;
import no.samanom.samlingsrapport.input.Inspector;
import no.samanom.samlingsrapport.input.RawRow;
import no.samanom.samlingsrapport.input.RowValidator;
import no.samanom.samlingsrapport.input.TablePlan;
import no.samanom.samlingsrapport.input.TableSource;
import no.samanom.samlingsrapport.input.ValidatedRow;
import no.samanom.samlingsrapport.job.Staging;
import no.samanom.samlingsrapport.network.NetworkReportData.SourcedRow;
import no.samanom.samlingsrapport.report.AtomicFiles;
import no.samanom.samlingsrapport.report.Manifest;
import no.samanom.samlingsrapport.report.GatheringSummary.DataBasis;
import no.samanom.samlingsrapport.report.Language;

/**
 * Makes one version of a network's development report: stages the network folder's own files
 * (validated like a gathering's, every row used or listed), reads the staged summary and
 * anchoring and result rows of each gathering version in the manifest, builds the summary and
 * renders it with every writer, each file under a temporary name first.
 */
@Component
class NetworkReportTasklet implements Tasklet {

    static final String FILES = "files";
    static final String NAME = "name";

    private final Staging staging;
    private final SamlingsrapportProperties properties;
    private final Templates templates;
    private final InputScanner scanner;
    private final Inspector inspector;
    private final List<NetworkWriter> writers;

    NetworkReportTasklet(Staging staging, SamlingsrapportProperties properties, Templates templates,
                         InputScanner scanner, Inspector inspector, List<NetworkWriter> writers) {
        this.staging = staging;
        this.properties = properties;
        this.templates = templates;
        this.scanner = scanner;
        this.inspector = inspector;
        this.writers = writers;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        JobParameters parameters = execution.getJobParameters();
        String key = parameters.getString(NetworkJobConfig.NETWORK);
        NetworkManifest manifest = staging.networkVersion(key, parameters.getString(NetworkJobConfig.FINGERPRINT))
                .json(NetworkManifest.FILE, NetworkManifest.class);
        List<SourcedRow> sourced = new ArrayList<>();
        List<NetworkSummaryBuilder.Version> versions = new ArrayList<>();
        for (NetworkManifest.Member member : manifest.members()) {
            Staging.Version version = staging.version(member.id(), member.fingerprint());
            List<DataRow> rows = networkRows(version);
            rows.forEach(row -> sourced.add(new SourcedRow(member.id(), row)));
            versions.add(new NetworkSummaryBuilder.Version(version.summary(), member.fingerprint(), rows));
        }
        List<DataRow> folderRows = List.of();
        List<Deviation> deviations = List.of();
        DataBasis basis = null;
        if (manifest.filesVersion() != null) {
            Staging.Version files = staging.networkVersion(key, manifest.filesVersion());
            if (!files.exists()) {
                stage(manifest, files);
            }
            try (Stream<DataRow> rows = files.stagedRows(); Stream<Deviation> all = files.allDeviations()) {
                folderRows = rows.toList();
                deviations = all.toList();
            }
            SummaryBuilder counts = new SummaryBuilder(templates.riskFactors(), templates.profile().smallGroupThreshold(),
                    templates.municipalities());
            deviations.forEach(counts::addDeviation);
            folderRows.forEach(counts::add);
            basis = counts.dataBasis(files.plan().source().files());
            String folder = Path.of(manifest.filesSource()).getFileName().toString();
            folderRows.forEach(row -> sourced.add(new SourcedRow(folder, row)));
        }
        NetworkSummary summary = new NetworkSummaryBuilder(key, manifest.name()).build(versions, folderRows, basis);
        // the latest gathering's `språk` wins over the run's --language, as for the gathering reports
        Language language = summary.language() != null
                ? Language.of(summary.language()).orElse(properties.language()) : properties.language();
        NetworkReportData data = new NetworkReportData(summary, templates.text(language), templates.profile(),
                execution.getStartTime(), sourced, deviations);
        Path folder = properties.output().resolve(NetworkKey.folder(key));
        AtomicFiles.removeLeftovers(folder);
        List<String> written = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (NetworkWriter writer : writers) {
            Path target = folder.resolve(writer.fileName(key));
            AtomicFiles.write(target, out -> writer.write(data, out));
            written.add(NetworkKey.folder(key) + "/" + target.getFileName());
            files.add(target);
        }
        // in output/manifest.csv beside the gatherings' reports, under the network's folder name
        new Manifest(properties.output()).record(NetworkKey.folder(key), parameters.getString(NetworkJobConfig.FINGERPRINT),
                execution.getId(), LocalDateTime.now(), files);
        execution.getExecutionContext().putString(FILES, String.join(", ", written));
        execution.getExecutionContext().putString(NAME, summary.name());
        return RepeatStatus.FINISHED;
    }

    /** A gathering's anchoring and result rows; its rows are read only when it has such tables. */
    private static List<DataRow> networkRows(Staging.Version version) throws IOException {
        if (version.plan().tables().stream().noneMatch(t -> t.ref().kind().isNetwork())) {
            return List.of();
        }
        try (Stream<DataRow> rows = version.stagedRows()) {
            return rows.filter(row -> row instanceof AnchoringRow || row instanceof IndicatorRow).toList();
        }
    }

    /** Reads and validates the network folder's files once per version of them. */
    private void stage(NetworkManifest manifest, Staging.Version files) throws IOException {
        GatheringSource source = scanner.scanNetwork(Path.of(manifest.filesSource()));
        if (!source.fingerprint().equals(manifest.filesVersion())) {
            throw new IllegalStateException("Filene i " + manifest.filesSource()
                    + " ble endret mens jobben kjørte; den nye versjonen tas ved neste kjøring.");
        }
        InputPlan plan = inspector.inspect(source);
        List<ValidatedRow> validated = new ArrayList<>();
        for (TablePlan table : plan.tables()) {
            RowValidator validator = new RowValidator(table, templates.riskFactors(), templates.municipalities());
            try (TableSource rows = TableSource.open(table.ref())) {
                for (RawRow row = rows.next(); row != null; row = rows.next()) {
                    validated.add(validator.validate(row));
                }
            } catch (InputFileException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        files.saveRows(validated);
        files.savePlan(plan);
    }
}
