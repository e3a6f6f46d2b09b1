package no.samanom.samlingsrapport.job;

import java.util.stream.Stream;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.Templates;
import no.samanom.samlingsrapport.aggregation.SummaryBuilder;
import no.samanom.samlingsrapport.input.DataRow;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.input.InputPlan;
import no.samanom.samlingsrapport.report.GatheringSummary;

/** Third step: one pass over the staged rows builds the summary every report renders. */
@Component
class AggregateTasklet implements Tasklet {

    private final Staging staging;
    private final Templates templates;

    AggregateTasklet(Staging staging, Templates templates) {
        this.staging = staging;
        this.templates = templates;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        GatheringParameters parameters = GatheringParameters.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
        Staging.Version version = staging.version(parameters.id(), parameters.fingerprint());
        InputPlan plan = version.plan();
        SummaryBuilder builder = new SummaryBuilder(templates.riskFactors(), templates.municipalities(), templates.profile());
        plan.findings().forEach(builder::addDeviation);
        try (Stream<Deviation> deviations = version.stagedDeviations()) {
            deviations.forEach(builder::addDeviation);
        }
        try (Stream<DataRow> rows = version.stagedRows()) {
            rows.forEach(builder::add);
        }
        GatheringSummary summary = builder.build(parameters.id(), plan.source().files());
        version.saveScores(sink -> builder.respondentScores(sink::accept));
        version.saveSummary(summary, builder.lateDeviations());
        return RepeatStatus.FINISHED;
    }
}
