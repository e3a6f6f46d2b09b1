package no.samanom.samlingsrapport.job;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.Templates;
import no.samanom.samlingsrapport.aggregation.NetworkSummaryBuilder;
import no.samanom.samlingsrapport.aggregation.SummaryBuilder;
import no.samanom.samlingsrapport.input.DataRow;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.report.GatheringSummary.DataBasis;
import no.samanom.samlingsrapport.report.NetworkSummary;

/**
 * The network job's third step: builds the network's summary once from its gatherings' staged
 * versions and its folder's staged rows, and stages it for the report step.
 */
@Component
class NetworkAggregateTasklet implements Tasklet {

    static final String SUMMARY = "summary.json";
    static final String NAME = "name";

    private final Staging staging;
    private final Templates templates;

    NetworkAggregateTasklet(Staging staging, Templates templates) {
        this.staging = staging;
        this.templates = templates;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        NetworkParameters parameters = NetworkParameters.of(execution.getJobParameters());
        Staging.Version report = parameters.report(staging);
        NetworkManifest manifest = report.json(NetworkManifest.FILE, NetworkManifest.class);
        List<NetworkSummaryBuilder.Version> versions = new ArrayList<>();
        for (NetworkManifest.Member member : manifest.members()) {
            Staging.Version version = staging.version(member.id(), member.fingerprint());
            versions.add(new NetworkSummaryBuilder.Version(version.summary(), member.fingerprint(),
                    NetworkReportSource.networkRows(version)));
        }
        List<DataRow> folderRows = List.of();
        DataBasis basis = null;
        if (manifest.filesVersion() != null) {
            Staging.Version files = parameters.version(staging);
            SummaryBuilder counts = new SummaryBuilder(templates.riskFactors(), templates.municipalities(), templates.profile());
            try (Stream<DataRow> rows = files.stagedRows(); Stream<Deviation> deviations = files.allDeviations()) {
                folderRows = rows.toList();
                deviations.forEach(counts::addDeviation);
            }
            folderRows.forEach(counts::add);
            basis = counts.dataBasis(files.plan().source().files());
        }
        NetworkSummary summary = new NetworkSummaryBuilder(manifest.key(), manifest.name(), templates.profile().statementsPerCell(),
                templates.indicatorBands()).build(versions, folderRows, basis);
        report.saveJson(SUMMARY, summary);
        execution.getExecutionContext().putString(NAME, summary.name());
        return RepeatStatus.FINISHED;
    }
}
