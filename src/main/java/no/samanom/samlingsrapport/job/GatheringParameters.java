package no.samanom.samlingsrapport.job;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import no.samanom.samlingsrapport.input.GatheringSource;

/**
 * A gathering's job parameters. Its id and input fingerprint identify the job instance, so
 * the job repository itself refuses to report the same content twice; the source path
 * only says where to read it. A forced run adds the time it was forced, so it is a new
 * instance.
 */
record GatheringParameters(String id, String fingerprint, String source, String forced) implements StagedParameters {

    static final String ID = "gathering";
    static final String FINGERPRINT = "fingerprint";
    static final String SOURCE = "source";
    /** Set by --force: when the forced run started, making it a new job instance. */
    static final String FORCED = "forced";

    static GatheringParameters of(GatheringSource source, String forced) {
        return new GatheringParameters(source.id(), source.fingerprint(), source.root(), forced);
    }

    static GatheringParameters of(JobParameters parameters) {
        return new GatheringParameters(parameters.getString(ID), parameters.getString(FINGERPRINT),
                parameters.getString(SOURCE), parameters.getString(FORCED));
    }

    JobParameters toJobParameters() {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(ID, id, true)
                .addString(FINGERPRINT, fingerprint, true)
                .addString(SOURCE, source, false);
        if (forced != null) {
            builder.addString(FORCED, forced, true);
        }
        return builder.toJobParameters();
    }

    @Override
    public String key() {
        return id;
    }

    @Override
    public String sourceFingerprint() {
        return fingerprint;
    }

    @Override
    public Staging.Version version(Staging staging) {
        return staging.version(id, fingerprint);
    }
}
