package no.samanom.samlingsrapport.job;

import java.nio.file.Path;
import java.util.function.Function;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import no.samanom.samlingsrapport.input.GatheringSource;
import no.samanom.samlingsrapport.input.InputChangedException;
import no.samanom.samlingsrapport.input.InputPlan;
import no.samanom.samlingsrapport.input.Inspector;
import no.samanom.samlingsrapport.input.Visible;

/**
 * First step of both jobs: finds the source's files again, checks they are the version the run
 * fingerprinted, matches their headers and stages the plan. A gathering without usable data
 * ends its job here with exit status {@value #REJECTED}; a network whose folder is already
 * staged, or that has none, goes on without staging ({@value #STAGED}).
 */
class InspectTasklet implements Tasklet {

    static final String REJECTED = "REJECTED";
    static final String STAGED = "STAGED";

    private final Function<Path, GatheringSource> scan;
    private final Inspector inspector;
    private final Staging staging;
    private final boolean dataRequired;

    /**
     * @param scan         finds the source's files: a gathering, or a network folder
     * @param dataRequired a source without data is rejected (a gathering), or merely has nothing (a network folder)
     */
    InspectTasklet(Function<Path, GatheringSource> scan, Inspector inspector, Staging staging, boolean dataRequired) {
        this.scan = scan;
        this.inspector = inspector;
        this.staging = staging;
        this.dataRequired = dataRequired;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StagedParameters parameters = StagedParameters.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
        if (parameters.sourceFingerprint() == null || !dataRequired && parameters.version(staging).exists()) {
            contribution.setExitStatus(new ExitStatus(STAGED));
            return RepeatStatus.FINISHED;
        }
        GatheringSource source = scan.apply(Path.of(parameters.source()));
        if (!source.fingerprint().equals(parameters.sourceFingerprint())) {
            throw new InputChangedException("Filene i " + Visible.of(parameters.source())
                    + " ble endret mens jobben kjørte; den nye versjonen tas ved neste kjøring.");
        }
        InputPlan plan = inspector.inspect(source);
        parameters.version(staging).savePlan(plan);
        if (dataRequired && plan.rejected()) {
            contribution.setExitStatus(new ExitStatus(REJECTED, plan.rejectionReason()));
        }
        return RepeatStatus.FINISHED;
    }
}
