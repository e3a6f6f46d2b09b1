package no.samanom.samlingsrapport.job;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * A network's development report job parameters: the network and the fingerprint of what the
 * report is made from ({@link NetworkManifest}) identify the job instance; the network folder and
 * the version of its files, when it has any, say what the job stages.
 *
 * @param folder        the network folder, or null when the report keeps an earlier version's files or has none
 * @param folderVersion the fingerprint of the folder's files, or null without any
 */
record NetworkParameters(String network, String fingerprint, String folder, String folderVersion)
        implements StagedParameters {

    static final String NETWORK = "network";
    static final String FINGERPRINT = "fingerprint";
    static final String FOLDER = "folder";
    static final String FOLDER_VERSION = "folderVersion";

    static NetworkParameters of(NetworkManifest manifest) {
        return new NetworkParameters(manifest.key(), manifest.fingerprint(), manifest.filesSource(),
                manifest.filesVersion());
    }

    static NetworkParameters of(JobParameters parameters) {
        return new NetworkParameters(parameters.getString(NETWORK), parameters.getString(FINGERPRINT),
                parameters.getString(FOLDER), parameters.getString(FOLDER_VERSION));
    }

    JobParameters toJobParameters() {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(NETWORK, network, true)
                .addString(FINGERPRINT, fingerprint, true);
        if (folderVersion != null) {
            builder.addString(FOLDER_VERSION, folderVersion, false);
        }
        if (folder != null) {
            builder.addString(FOLDER, folder, false);
        }
        return builder.toJobParameters();
    }

    @Override
    public String key() {
        return network;
    }

    @Override
    public String source() {
        return folder;
    }

    @Override
    public String sourceFingerprint() {
        return folderVersion;
    }

    /** The folder's files, staged once per version of them and shared by the reports that use that version. */
    @Override
    public Staging.Version version(Staging staging) {
        return staging.networkVersion(network, folderVersion);
    }

    /** This report version's own staging: its manifest and its summary. */
    Staging.Version report(Staging staging) {
        return staging.networkVersion(network, fingerprint);
    }
}
