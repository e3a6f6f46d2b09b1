package no.samanom.samlingsrapport.job;

import java.nio.file.Path;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.input.GatheringSource;
import no.samanom.samlingsrapport.input.InputChangedException;
import no.samanom.samlingsrapport.input.InputPlan;
import no.samanom.samlingsrapport.input.InputScanner;
import no.samanom.samlingsrapport.input.Inspector;
import no.samanom.samlingsrapport.input.Visible;

/**
 * First step: opens the gathering's tables, matches their headers and stages the plan.
 * A gathering without usable data ends the job here with exit status {@value #REJECTED}.
 */
@Component
class InspectTasklet implements Tasklet {

    static final String REJECTED = "REJECTED";

    private final InputScanner scanner;
    private final Inspector inspector;
    private final Staging staging;

    InspectTasklet(InputScanner scanner, Inspector inspector, Staging staging) {
        this.scanner = scanner;
        this.inspector = inspector;
        this.staging = staging;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        GatheringParameters parameters = GatheringParameters.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
        GatheringSource source = scanner.scanOne(Path.of(parameters.source()));
        if (!source.fingerprint().equals(parameters.fingerprint())) {
            throw new InputChangedException("Filene i " + Visible.of(parameters.source())
                    + " ble endret mens jobben kjørte; den nye versjonen tas ved neste kjøring.");
        }
        InputPlan plan = inspector.inspect(source);
        staging.version(parameters.id(), parameters.fingerprint()).savePlan(plan);
        if (plan.rejected()) {
            contribution.setExitStatus(new ExitStatus(REJECTED, plan.rejectionReason()));
        }
        return RepeatStatus.FINISHED;
    }
}
