package no.samanom.samlingsrapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.samanom.samlingsrapport.input.Hashing;
import no.samanom.samlingsrapport.job.Manifest;
import no.samanom.samlingsrapport.support.ChildJvm;
import no.samanom.samlingsrapport.support.Failpoints;
import no.samanom.samlingsrapport.support.Reports;
import no.samanom.samlingsrapport.support.Runs;
import no.samanom.samlingsrapport.support.SharedDatabase;

/**
 * Two nodes sharing one job repository in a real PostgreSQL, one drop folder, one output and one
 * staging folder, each node with a state folder of its own, as two machines would have them.
 */
class TwoNodesFunctionalTests {

    /** Small chunks, so that a gathering's stage step commits several times. */
    private static final List<String> SETTINGS = List.of("samlingsrapport.chunk-size=10");
    /** The seed gathering without its network row. */
    private static final int ROWS = 58;
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @TempDir
    Path dir;

    private SharedDatabase db;

    @BeforeEach
    void database() throws SQLException {
        db = SharedDatabase.create();
    }

    @Test
    void shouldCreateTheSchemaOnFirstUseShareWhatIsDoneAndRefuseANewerSchema() throws Exception {
        new Runs(dir).given("seed", "seed-arbeidsbok.xlsx");

        Runs.Result unshared = Runs.execute("run", "--input=" + dir.resolve("input"), "--output=" + dir.resolve("output"),
                "--state=" + dir.resolve("state-a"), "--database=" + db.url());
        assertThat(unshared.status()).isEqualTo(2);
        assertThat(unshared.err()).contains("Med --database må også --staging peke på en mappe som alle nodene deler");

        Runs.Result first = Runs.execute(node("a", "run"));
        Runs.Result second = Runs.execute(node("b", "run"));

        assertThat(first.status()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("seed-drammen: 10 respondenter, 59 rader brukt")
                .contains("nettverk Omdømme: utviklingsrapport over 2 samlinger");
        // the other node finds everything done in the shared repository: nothing is reported twice
        assertThat(second.status()).as(second.out() + second.err()).isZero();
        assertThat(second.out()).contains("seed-drammen: uendret siden").contains("omdomme-2012-09: uendret siden")
                .contains("nettverk Omdømme: utviklingsrapporten er uendret");
        assertThat(new Manifest(dir.resolve("output")).entries()).hasSize(6);

        Runs.Result history = Runs.execute("history", "--state=" + dir.resolve("state-b"), "--database=" + db.url(),
                "--staging=" + dir.resolve("staging"));
        assertThat(history.status()).as(history.err()).isZero();
        assertThat(history.out().lines().filter(l -> l.contains("seed-drammen")).toList())
                .singleElement().asString().contains("fullført", " 59 ", " a ", "seed-drammen.pdf");

        try (Connection connection = db.connect(); Statement sql = connection.createStatement()) {
            try (ResultSet version = sql.executeQuery("SELECT versjon FROM samlingsrapport_skjema")) {
                assertThat(version.next()).isTrue();
                assertThat(version.getInt(1)).isEqualTo(1);
            }
            sql.execute("UPDATE samlingsrapport_skjema SET versjon = 99");
        }
        Runs.Result older = Runs.execute(node("b", "run", "--force"));

        assertThat(older.status()).isEqualTo(1);
        assertThat(older.err()).contains("har skjemaversjon 99, laget av en nyere versjon av samlingsrapport")
                .contains("denne noden kjenner bare versjon 1").doesNotContain("Exception", "\tat ");
    }

    @Test
    void shouldReportEachOfFortyGatheringsOnceWhenTwoNodesWatchOneFolder() throws Exception {
        List<String> ids = gatherings(40);

        ChildJvm a = ChildJvm.start(dir.resolve("logs"), SETTINGS, node("a", "watch", "--interval=1s", "--settle=1s"));
        ChildJvm b = ChildJvm.start(dir.resolve("logs"), SETTINGS, node("b", "watch", "--interval=1s", "--settle=1s"));
        try {
            awaitCompleted(ids.size(), a, b);
            Thread.sleep(2000); // a round under way on either node would show a second report now
        } finally {
            a.stop();
            b.stop();
        }

        assertEachReportedOnce(ids);
        Map<String, Long> byNode = reportedBy(ids, a, b);
        assertThat(byNode.values().stream().mapToLong(Long::longValue).sum()).as(byNode.toString()).isEqualTo(ids.size());
        // they share the work rather than take turns
        assertThat(byNode).as(byNode.toString()).allSatisfy((node, count) -> assertThat(count).isPositive());
    }

    @Test
    void shouldLetOneNodeAtATimeRefreshANetworksReportWhileBothReportItsGatherings() throws Exception {
        List<String> ids = gatherings(6, true);

        ChildJvm a = ChildJvm.start(dir.resolve("logs"), SETTINGS, node("a", "watch", "--interval=1s", "--settle=1s"));
        ChildJvm b = ChildJvm.start(dir.resolve("logs"), SETTINGS, node("b", "watch", "--interval=1s", "--settle=1s"));
        try {
            awaitCompleted(ids.size(), a, b);
            awaitOutput(List.of(a, b), "utviklingsrapport over 6 samlinger");
            Thread.sleep(2000);
        } finally {
            a.stop();
            b.stop();
        }

        // every network version made once, none failed for meeting the other node's refresh
        assertThat(a.out() + b.out()).doesNotContain("FEILET");
        Map<Long, List<String>> networks = executions("utviklingsrapport");
        assertThat(networks).isNotEmpty();
        assertThat(networks.values()).allSatisfy(list -> assertThat(list).containsExactly("COMPLETED"));
        assertThat(Reports.pdfText(dir.resolve("output/nettverk-omdomme/omdomme-utvikling.pdf")))
                .contains("Omdømme");
        // two writers of the manifest, one at a time: every file of every version once
        assertThat(new Manifest(dir.resolve("output")).entries().stream()
                .map(e -> e.gathering() + " " + e.fingerprint() + " " + e.file()))
                .doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(2 * ids.size() + 2);
    }

    @Test
    void shouldFinishAGatheringWhoseNodeIsKilledMidStageFromItsLastCommittedChunk() throws Exception {
        List<String> ids = gatherings(4);
        String killed = ids.get(1);
        List<String> oneAtATime = List.of("samlingsrapport.chunk-size=10", "samlingsrapport.threads=1",
                Failpoints.PROPERTY + "=" + killed + "/stage.chunk.2");
        ChildJvm a = ChildJvm.start(dir.resolve("logs"), oneAtATime, node("a", "run"));
        a.awaitFailpoint(killed + "/stage.chunk.2");

        ChildJvm b = ChildJvm.start(dir.resolve("logs"), SETTINGS, node("b", "watch", "--interval=1s", "--settle=1s"));
        long recovered;
        try {
            awaitOutput(b, killed + ": en annen node arbeider med samlingen nå");
            long killedAt = System.nanoTime();
            a.kill();
            awaitCompleted(ids.size(), b);
            recovered = System.nanoTime() - killedAt;
        } finally {
            b.stop();
        }

        assertEachReportedOnce(ids);
        // the other node noticed within a bounded time: the pause before it looks again at what another
        // node works on, and a round's start; not the retry pause of a failure
        System.out.printf("Killed node's gathering reported by the other %.1f s after the kill%n", recovered / 1e9);
        assertThat(Duration.ofNanos(recovered)).isLessThan(WatchCommand.ELSEWHERE_PAUSE.plusSeconds(30));
        try (Connection connection = db.connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT E.STATUS, S.READ_COUNT FROM BATCH_JOB_EXECUTION E "
                     + "JOIN BATCH_STEP_EXECUTION S ON S.JOB_EXECUTION_ID = E.JOB_EXECUTION_ID "
                     + "JOIN BATCH_JOB_EXECUTION_PARAMS P ON P.JOB_EXECUTION_ID = E.JOB_EXECUTION_ID "
                     + "WHERE S.STEP_NAME = 'stage' AND P.PARAMETER_NAME = 'gathering' AND P.PARAMETER_VALUE = '" + killed
                     + "' ORDER BY E.JOB_EXECUTION_ID")) {
            List<String> executions = new ArrayList<>();
            while (rows.next()) {
                executions.add(rows.getString(1) + " " + rows.getLong(2));
            }
            // recovered as failed after two committed chunks, then restarted after them
            assertThat(executions).containsExactly("FAILED 20", "COMPLETED " + (ROWS - 20));
        }
    }

    @Test
    void shouldLetTheOtherNodeFinishWhenOneIsKilledAtARandomMoment() throws Exception {
        List<String> ids = gatherings(16);
        long seed = System.nanoTime();
        long delay = 2500 + new Random(seed).nextInt(6000);

        ChildJvm a = ChildJvm.start(dir.resolve("logs"), SETTINGS, node("a", "watch", "--interval=1s", "--settle=1s"));
        ChildJvm b = ChildJvm.start(dir.resolve("logs"), SETTINGS, node("b", "watch", "--interval=1s", "--settle=1s"));
        try {
            Thread.sleep(delay);
            a.kill();
            awaitCompleted(ids.size(), b);
        } finally {
            b.stop();
        }

        assertThat(ids).as("killed after %d ms (seed %d)", delay, seed).isNotEmpty();
        assertEachReportedOnce(ids);
    }

    @Test
    void shouldFailClearlyWhenTheDatabaseGoesAwayAndFinishWhenItIsBack() throws Exception {
        List<String> ids = gatherings(3);
        String cut = ids.get(1);
        Path resume = dir.resolve("resume");
        List<String> paused = List.of("samlingsrapport.chunk-size=10", "samlingsrapport.threads=1",
                Failpoints.PROPERTY + "=" + cut + "/stage.chunk.2", Failpoints.RESUME + "=" + resume);
        ChildJvm a = ChildJvm.start(dir.resolve("logs"), paused, node("a", "run"));
        a.awaitFailpoint(cut + "/stage.chunk.2");

        int status;
        try {
            SharedDatabase.pause();
            Files.createFile(resume);
            status = a.await();
            assertThat(status).as(a.out() + a.err()).isEqualTo(1);
            assertThat(a.out() + a.err()).contains(cut + ": FEILET")
                    .contains("Jobbregisteret i databasen").contains("kan ikke brukes")
                    .doesNotContain("\tat ");
            assertNoPartialReports();
        } finally {
            SharedDatabase.resume();
        }

        Runs.Result again = Runs.execute(node("a", "run"));

        assertThat(again.status()).as(again.out() + again.err()).isZero();
        assertEachReportedOnce(ids);
    }

    /** The arguments of a node: shared input, output, staging and database; a state folder of its own. */
    private String[] node(String name, String command, String... extra) {
        List<String> args = new ArrayList<>(List.of(command, "--input=" + dir.resolve("input"),
                "--output=" + dir.resolve("output"), "--state=" + dir.resolve("state-" + name),
                "--staging=" + dir.resolve("staging"), "--database=" + db.url(), "--node=" + name));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    /** Copies of the seed gathering under ids of their own, in no network. */
    private List<String> gatherings(int count) throws IOException {
        return gatherings(count, false);
    }

    /** Copies of the seed gathering under ids of their own, in its network Omdømme or in none. */
    private List<String> gatherings(int count, boolean inNetwork) throws IOException {
        List<String> ids = IntStream.rangeClosed(1, count).mapToObj(i -> String.format("samling-%02d", i)).toList();
        for (String id : ids) {
            Path folder = dir.resolve("input").resolve(id);
            Runs.copy(Runs.fixture("seed"), folder);
            Path meta = folder.resolve("samling.csv"); // Windows-1252, as Excel saved it
            String text = Files.readString(meta, StandardCharsets.ISO_8859_1).replace("id;seed-drammen", "id;" + id)
                    .lines().filter(line -> inNetwork || !line.startsWith("nettverk;")).collect(Collectors.joining("\r\n", "", "\r\n"));
            Files.writeString(meta, text, StandardCharsets.ISO_8859_1);
        }
        return ids;
    }

    private void awaitCompleted(int count, ChildJvm... nodes) throws Exception {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (completed() < count) {
            if (System.nanoTime() > end) {
                StringBuilder logs = new StringBuilder();
                for (ChildJvm node : nodes) {
                    logs.append("\nout: ").append(node.out()).append("\nerr: ").append(node.err());
                }
                throw new AssertionError(completed() + " of " + count + " gatherings completed" + logs);
            }
            Thread.sleep(250);
        }
    }

    private static void awaitOutput(ChildJvm node, String text) throws Exception {
        awaitOutput(List.of(node), text);
    }

    /** Waits until one of the nodes has printed the text. */
    private static void awaitOutput(List<ChildJvm> nodes, String text) throws Exception {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            StringBuilder all = new StringBuilder();
            for (ChildJvm node : nodes) {
                all.append(node.out()).append(node.err());
            }
            if (all.toString().contains(text)) {
                return;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("Never printed " + text + "\n" + all);
            }
            Thread.sleep(100);
        }
    }

    private int completed() throws SQLException {
        try (Connection connection = db.connect(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION E JOIN BATCH_JOB_INSTANCE I "
                     + "ON I.JOB_INSTANCE_ID = E.JOB_INSTANCE_ID WHERE I.JOB_NAME = 'samlingsrapport' "
                     + "AND E.STATUS = 'COMPLETED'")) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0; // no node has created the tables yet
            }
            throw e;
        }
    }

    /**
     * One job instance per gathering, completed exactly once (any other execution of it a dead
     * node's, recovered as failed); one report per gathering in output, whole, each file once in
     * the manifest; the same number of staged rows for every copy (a chunk staged twice would show).
     */
    private void assertEachReportedOnce(List<String> ids) throws Exception {
        Map<Long, List<String>> statuses = executions("samlingsrapport");
        assertThat(statuses).hasSize(ids.size());
        assertThat(statuses.values()).allSatisfy(list -> {
            assertThat(list).containsOnlyOnce("COMPLETED");
            assertThat(list).allMatch(s -> s.equals("COMPLETED") || s.equals("FAILED"));
        });
        Path output = dir.resolve("output");
        List<String> expected = new ArrayList<>(List.of(Manifest.FILE_NAME));
        for (String id : ids) {
            expected.add(id + "/" + id + ".pdf");
            expected.add(id + "/" + id + ".xlsx");
        }
        try (Stream<Path> files = Files.walk(output)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> output.relativize(p).toString()).sorted().toList())
                    .containsExactlyElementsOf(expected.stream().sorted().toList());
        }
        List<Manifest.Entry> manifest = new Manifest(output).entries();
        assertThat(manifest).hasSize(2 * ids.size()).allMatch(e -> e.version() == 1);
        for (Manifest.Entry entry : manifest) {
            assertThat(Hashing.sha256(output.resolve(entry.gathering()).resolve(entry.file())))
                    .as(entry.file()).isEqualTo(entry.sha256());
        }
        Map<String, Long> staged = new TreeMap<>();
        for (String id : ids) {
            assertThat(Reports.pdfText(output.resolve(id).resolve(id + ".pdf")))
                    .contains("GJENNOMSNITTLIG TERNINGKAST: 4,80").contains(ROWS + " rader lest, " + ROWS + " brukt");
            try (Stream<Path> files = Files.walk(dir.resolve("staging").resolve("staging").resolve(id))) {
                for (Path rows : files.filter(p -> p.getFileName().toString().equals("rows.tsv")).toList()) {
                    try (Stream<String> lines = Files.lines(rows)) {
                        staged.put(id, lines.count());
                    }
                }
            }
        }
        assertThat(staged).hasSize(ids.size());
        assertThat(staged.values().stream().distinct()).as(staged.toString()).hasSize(1);
    }

    /** The statuses of each job instance's executions, by instance. */
    private Map<Long, List<String>> executions(String job) throws SQLException {
        try (Connection connection = db.connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT I.JOB_INSTANCE_ID, E.STATUS FROM BATCH_JOB_INSTANCE I "
                     + "JOIN BATCH_JOB_EXECUTION E ON E.JOB_INSTANCE_ID = I.JOB_INSTANCE_ID "
                     + "WHERE I.JOB_NAME = '" + job + "'")) {
            Map<Long, List<String>> statuses = new TreeMap<>();
            while (rows.next()) {
                statuses.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(2));
            }
            return statuses;
        }
    }

    private void assertNoPartialReports() throws IOException {
        Path output = dir.resolve("output");
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(file.getFileName().toString()).doesNotStartWith(".");
                if (file.toString().endsWith(".pdf")) {
                    Loader.loadPDF(file.toFile()).close();
                }
            }
        }
    }

    /** How many gatherings each node's output says it wrote. */
    private static Map<String, Long> reportedBy(List<String> ids, ChildJvm a, ChildJvm b) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        Pattern wrote = Pattern.compile("^(samling-\\d+): .*; skrev ", Pattern.MULTILINE);
        for (Map.Entry<String, ChildJvm> node : Map.of("a", a, "b", b).entrySet()) {
            Matcher matcher = wrote.matcher(node.getValue().out());
            long count = 0;
            while (matcher.find()) {
                if (ids.contains(matcher.group(1))) {
                    count++;
                }
            }
            counts.put(node.getKey(), count);
        }
        return counts;
    }
}
