package no.samanom.samlingsrapport.job;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.input.Consequence;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.input.GatheringSource;
import no.samanom.samlingsrapport.input.InputScanner;
import no.samanom.samlingsrapport.input.Visible;
import no.samanom.samlingsrapport.job.NetworkOutcome.Status;
import no.samanom.samlingsrapport.report.GatheringSummary;

/**
 * Keeps every network's development report up to date after the gatherings have run: finds the
 * latest version of each gathering the job has seen (in the job repository, not only in this
 * run's input), groups them by the `nettverk` their summaries name, and runs the report job for
 * each network. The job repository skips a network whose manifest is unchanged; one network's
 * failure never stops the others.
 */
@Component
public class NetworkReports {

    private static final Logger log = LoggerFactory.getLogger(NetworkReports.class);
    private static final Duration PATIENCE = Duration.ofMinutes(30);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job networkJob;
    private final GatheringVersions versions;
    private final Staging staging;
    private final Launches launches;
    private final Claims claims;

    NetworkReports(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("networkJob") Job networkJob,
                   GatheringVersions versions, Staging staging, Launches launches, Claims claims) {
        this.claims = claims;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.networkJob = networkJob;
        this.versions = versions;
        this.staging = staging;
        this.launches = launches;
    }

    /**
     * @param outcomes what became of the scan's gatherings, in the scan's order: a gathering reported (or
     *                 unchanged) in this run counts in the version its input has now, even an older one put back
     */
    public List<NetworkOutcome> refresh(InputScanner.Scan scan, List<GatheringOutcome> outcomes) {
        launches.recoverStale(JobConfig.NETWORK_JOB, parameters -> Claims.NETWORKS);
        // one node at a time, each seeing what the ones before it reported: a change is reported once
        Optional<Claims.Claim> claim = claims.await(Claims.NETWORKS, PATIENCE);
        if (claim.isEmpty()) {
            return List.of(new NetworkOutcome("*", "alle", Status.FAILED, false, LocalDateTime.now(), 0, List.of(),
                    List.of(), "en annen node har oppdatert utviklingsrapportene i over " + PATIENCE.toMinutes()
                    + " minutter; de oppdateres ved neste kjøring."));
        }
        try (Claims.Claim held = claim.get()) {
            return refreshHeld(scan, outcomes);
        }
    }

    private List<NetworkOutcome> refreshHeld(InputScanner.Scan scan, List<GatheringOutcome> outcomes) {
        Map<String, GatheringVersions.Version> latest = versions.latest();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).status() == GatheringOutcome.Status.REPORTED) {
                GatheringSource source = scan.gatherings().get(i);
                latest.put(source.id(), new GatheringVersions.Version(source.id(), source.fingerprint(), Long.MAX_VALUE));
            }
        }
        Map<String, List<NetworkManifest.Member>> members = new TreeMap<>();
        for (GatheringVersions.Version version : latest.values()) {
            String network = network(version);
            if (network != null) {
                members.computeIfAbsent(NetworkKey.of(network), k -> new ArrayList<>())
                        .add(new NetworkManifest.Member(version.id(), version.fingerprint()));
            }
        }
        Map<String, GatheringSource> folders = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (GatheringSource folder : scan.networks()) {
            String key = NetworkKey.of(folder.id());
            GatheringSource first = folders.putIfAbsent(key, folder);
            if (first != null) {
                notes.merge(key, "Mappen " + folder.root() + " er ikke lest: " + first.root()
                        + " er allerede mappen for nettverket.", (a, b) -> a + " " + b);
            }
        }
        TreeSet<String> keys = new TreeSet<>(members.keySet());
        keys.addAll(folders.keySet());
        List<NetworkOutcome> outcomesByNetwork = new ArrayList<>();
        for (String key : keys) {
            List<NetworkManifest.Member> sorted = members.getOrDefault(key, List.of()).stream()
                    .sorted(Comparator.comparing(NetworkManifest.Member::id)).toList();
            outcomesByNetwork.add(run(key, sorted, folders.get(key), notes.get(key)));
        }
        return outcomesByNetwork;
    }

    /** The network a gathering version's summary names, or null; an unreadable summary is logged and passed over. */
    private String network(GatheringVersions.Version version) {
        try {
            GatheringSummary summary = staging.version(version.id(), version.fingerprint()).summary();
            return summary.info().network();
        } catch (IOException e) {
            log.warn("Staged summary of {} ({}) is unreadable; it is left out of its network's report",
                    version.id(), version.fingerprint(), e);
            return null;
        }
    }

    private NetworkOutcome run(String key, List<NetworkManifest.Member> members, GatheringSource folder, String note) {
        String name = folder != null ? Visible.of(folder.rootPath().getFileName().toString(), Visible.NAME) : key;
        try {
            NetworkManifest manifest = folder != null
                    ? new NetworkManifest(key, name, members, folder.fingerprint(), folder.root())
                    : withEarlierFiles(new NetworkManifest(key, name, members, null, null));
            String fingerprint = manifest.fingerprint();
            Staging.Version version = staging.networkVersion(key, fingerprint);
            version.saveJson(NetworkManifest.FILE, manifest);
            JobParameters parameters = NetworkParameters.of(manifest).toJobParameters();
            JobExecution last = launches.last(JobConfig.NETWORK_JOB, parameters);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                return outcome(manifest, last, true, note);
            }
            return outcome(manifest, jobOperator.start(networkJob, parameters), false, note);
        } catch (Exception e) {
            log.error("The development report of network {} failed", key, e);
            return new NetworkOutcome(key, name, Status.FAILED, false, LocalDateTime.now(), members.size(), List.of(),
                    List.of(), "Utviklingsrapporten kunne ikke lages: " + e.getMessage()
                    + " (detaljer i loggfilen i tilstandsmappen).");
        }
    }

    /**
     * A run whose input holds no folder for the network (say, one gathering's folder) keeps the
     * network files of the network's last report, so that they are not dropped by accident.
     */
    private NetworkManifest withEarlierFiles(NetworkManifest manifest) throws IOException {
        JobExecution latest = null;
        for (JobInstance instance : jobRepository.findJobInstances(JobConfig.NETWORK_JOB)) {
            for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
                if (execution.getStatus() == BatchStatus.COMPLETED
                        && manifest.key().equals(execution.getJobParameters().getString(NetworkParameters.NETWORK))
                        && (latest == null || execution.getId() > latest.getId())) {
                    latest = execution;
                }
            }
        }
        if (latest == null) {
            return manifest;
        }
        NetworkManifest earlier = staging.networkVersion(manifest.key(),
                latest.getJobParameters().getString(NetworkParameters.FINGERPRINT)).json(NetworkManifest.FILE, NetworkManifest.class);
        return new NetworkManifest(manifest.key(), earlier.name(), manifest.members(), earlier.filesVersion(), earlier.filesSource());
    }

    private NetworkOutcome outcome(NetworkManifest manifest, JobExecution execution, boolean unchanged, String note)
            throws IOException {
        LocalDateTime when = execution.getEndTime() != null ? execution.getEndTime() : execution.getStartTime();
        String key = manifest.key();
        String name = name(key, execution);
        int gatherings = manifest.members().size();
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            List<Throwable> failures = execution.getAllFailureExceptions();
            String reason = failures.isEmpty() ? "jobben endte med status " + execution.getStatus()
                    : failures.get(0).getMessage();
            return new NetworkOutcome(key, name, Status.FAILED, unchanged, when, gatherings, List.of(), List.of(),
                    "Utviklingsrapporten kunne ikke lages: " + reason + " (detaljer i loggfilen i tilstandsmappen).");
        }
        List<Deviation> fileProblems = manifest.filesVersion() == null ? List.of()
                : staging.networkVersion(key, manifest.filesVersion()).plan().findings().stream()
                .filter(d -> d.consequence() == Consequence.FILE_REJECTED).toList();
        String files = execution.getExecutionContext().getString(ReportTasklet.FILES, "");
        return new NetworkOutcome(key, name, Status.REPORTED, unchanged, when, gatherings, files.isEmpty() ? List.of()
                : Arrays.stream(files.split(", ")).map(file -> NetworkKey.folder(key) + "/" + file).toList(),
                fileProblems, note);
    }

    /** The name the report was made under, as its execution recorded it. */
    private static String name(String key, JobExecution execution) {
        return execution.getExecutionContext().getString(NetworkAggregateTasklet.NAME, key);
    }
}
