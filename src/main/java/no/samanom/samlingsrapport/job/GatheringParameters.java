package no.samanom.samlingsrapport.job;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import no.samanom.samlingsrapport.input.GatheringSource;

/**
 * A gathering's job parameters. Its id and input fingerprint identify the job instance, so
 * the job repository itself refuses to report the same content twice; the source path
 * only says where to read it.
 */
record GatheringParameters(String id, String fingerprint, String source) {

    static final String ID = "gathering";
    static final String FINGERPRINT = "fingerprint";
    static final String SOURCE = "source";

    static GatheringParameters of(GatheringSource source) {
        return new GatheringParameters(source.id(), source.fingerprint(), source.root());
    }

    static GatheringParameters of(JobParameters parameters) {
        return new GatheringParameters(parameters.getString(ID), parameters.getString(FINGERPRINT),
                parameters.getString(SOURCE));
    }

    JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(ID, id, true)
                .addString(FINGERPRINT, fingerprint, true)
                .addString(SOURCE, source, false)
                .toJobParameters();
    }
}
