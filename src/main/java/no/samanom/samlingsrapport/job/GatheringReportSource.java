package no.samanom.samlingsrapport.job;

import java.io.IOException;
import java.util.stream.Stream;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.SamlingsrapportProperties;
import no.samanom.samlingsrapport.Templates;
import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.ReportData;
import no.samanom.samlingsrapport.report.ReportData.SourcedRow;

/** A gathering's report: its staged summary, rows, deviations and scores, in its own language. */
@Component
class GatheringReportSource implements ReportSource<GatheringSummary> {

    private final Staging staging;
    private final Templates templates;
    private final SamlingsrapportProperties properties;

    GatheringReportSource(Staging staging, Templates templates, SamlingsrapportProperties properties) {
        this.staging = staging;
        this.templates = templates;
        this.properties = properties;
    }

    @Override
    public Report<GatheringSummary> report(JobExecution execution) throws IOException {
        GatheringParameters parameters = GatheringParameters.of(execution.getJobParameters());
        Staging.Version version = staging.version(parameters.id(), parameters.fingerprint());
        GatheringSummary summary = version.summary();
        ReportData<GatheringSummary> data = new ReportData<>(parameters.id(), summary,
                templates.text(summary.info().language(), properties.language()), templates.profile(),
                execution.getStartTime(),
                () -> rows(version, parameters.id()), version::allDeviations, version::scores);
        return new Report<>(parameters.id(), parameters.fingerprint(), "Samlingen", data);
    }

    private static Stream<SourcedRow> rows(Staging.Version version, String id) throws IOException {
        return version.stagedRows().map(row -> new SourcedRow(id, row));
    }
}
