package no.samanom.samlingsrapport.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.SamlingsrapportProperties;
import no.samanom.samlingsrapport.Templates;
import no.samanom.samlingsrapport.input.DataRow;
import no.samanom.samlingsrapport.input.DataRow.AnchoringRow;
import no.samanom.samlingsrapport.input.DataRow.IndicatorRow;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.report.NetworkSummary;
import no.samanom.samlingsrapport.report.ReportData;
import no.samanom.samlingsrapport.report.ReportData.Source;
import no.samanom.samlingsrapport.report.ReportData.SourcedRow;

/**
 * A network's development report: its staged summary, the anchoring and result rows of its
 * gatherings' versions and of its folder, and the deviations of the folder's own files.
 */
@Component
class NetworkReportSource implements ReportSource<NetworkSummary> {

    private final Staging staging;
    private final Templates templates;
    private final SamlingsrapportProperties properties;

    NetworkReportSource(Staging staging, Templates templates, SamlingsrapportProperties properties) {
        this.staging = staging;
        this.templates = templates;
        this.properties = properties;
    }

    @Override
    public Report<NetworkSummary> report(JobExecution execution) throws IOException {
        NetworkParameters parameters = NetworkParameters.of(execution.getJobParameters());
        Staging.Version report = parameters.report(staging);
        NetworkManifest manifest = report.json(NetworkManifest.FILE, NetworkManifest.class);
        NetworkSummary summary = report.json(NetworkAggregateTasklet.SUMMARY, NetworkSummary.class);
        List<SourcedRow> rows = new ArrayList<>();
        for (NetworkManifest.Member member : manifest.members()) {
            networkRows(staging.version(member.id(), member.fingerprint()))
                    .forEach(row -> rows.add(new SourcedRow(member.id(), row)));
        }
        Source<Deviation> deviations = Source.of(List.of());
        if (manifest.filesVersion() != null) {
            Staging.Version files = parameters.version(staging);
            String folder = Path.of(manifest.filesSource()).getFileName().toString();
            try (Stream<DataRow> staged = files.stagedRows()) {
                staged.forEach(row -> rows.add(new SourcedRow(folder, row)));
            }
            deviations = files::allDeviations;
        }
        ReportData<NetworkSummary> data = new ReportData<>(manifest.key(), summary,
                templates.text(summary.language(), properties.language()), templates.profile(),
                execution.getStartTime(), Source.of(rows), deviations, Source.of(List.of()));
        return new Report<>(NetworkKey.folder(manifest.key()), parameters.fingerprint(), "Utviklingsrapporten", data);
    }

    /** A gathering's anchoring and result rows; its rows are read only when it has such tables. */
    static List<DataRow> networkRows(Staging.Version version) throws IOException {
        if (version.plan().tables().stream().noneMatch(t -> t.ref().kind().isNetwork())) {
            return List.of();
        }
        try (Stream<DataRow> rows = version.stagedRows()) {
            return rows.filter(row -> row instanceof AnchoringRow || row instanceof IndicatorRow).toList();
        }
    }
}
