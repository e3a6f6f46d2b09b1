package no.samanom.samlingsrapport.job;

import java.io.IOException;

import org.springframework.batch.core.job.JobExecution;

import no.samanom.samlingsrapport.report.ReportData;

/** Where a report step finds what its writers render: a gathering's staged version, or a network's. */
interface ReportSource<S> {

    Report<S> report(JobExecution execution) throws IOException;

    /**
     * One report to write.
     *
     * @param folder      its folder under the output, also its name in the manifest
     * @param fingerprint the version it is made from
     * @param subject     what is not done when the files cannot be written: "Samlingen", "Utviklingsrapporten"
     */
    record Report<S>(String folder, String fingerprint, String subject, ReportData<S> data) {
    }
}
