package no.samanom.samlingsrapport.job;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * What the shared inspect and stage steps need from a job's parameters, whichever job runs
 * them: the gathering's files, or a network folder's.
 */
sealed interface StagedParameters permits GatheringParameters, NetworkParameters {

    /** The gathering id or network key: for progress lines and failpoints. */
    String key();

    /** The folder or workbook to read, or null when there is nothing to stage. */
    String source();

    /** The fingerprint the source had when the run found it. */
    String sourceFingerprint();

    /** Where the source's plan, rows and deviations are staged. */
    Staging.Version version(Staging staging);

    static StagedParameters of(JobParameters parameters) {
        return parameters.getString(GatheringParameters.ID) != null
                ? GatheringParameters.of(parameters) : NetworkParameters.of(parameters);
    }
}
