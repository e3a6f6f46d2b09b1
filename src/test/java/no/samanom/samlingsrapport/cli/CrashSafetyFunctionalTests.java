package no.samanom.samlingsrapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.samanom.samlingsrapport.support.Failpoints;
import no.samanom.samlingsrapport.input.Hashing;
import no.samanom.samlingsrapport.job.Jobs;
import no.samanom.samlingsrapport.job.Manifest;
import no.samanom.samlingsrapport.support.ChildJvm;
import no.samanom.samlingsrapport.support.Reports;
import no.samanom.samlingsrapport.support.Runs;

/**
 * kill -9 at many points of a run, each followed by a new run, and two runs started at once:
 * each time, no report in output/ is ever partial, and in the end there is exactly one
 * complete, correct set of reports per gathering, each recorded once in the manifest and
 * completed once in the job repository.
 */
class CrashSafetyFunctionalTests {

    private static final String SEED = "seed-drammen";
    private static final String WORKBOOK = "omdomme-2012-09";
    /** Both gatherings name the network Omdømme, which gets a development report after them. */
    private static final String NETWORK = "nettverk-omdomme";
    /** Small chunks, so that the stage step commits several times per gathering. */
    private static final List<String> SETTINGS = List.of("samlingsrapport.chunk-size=10");
    /** One gathering at a time: every point below is reached, in this order. */
    private static final List<String> ONE_AT_A_TIME = List.of("samlingsrapport.chunk-size=10", "samlingsrapport.threads=1");
    /** Both gatherings at once: a kill in one lands wherever the other has got to. */
    private static final List<String> PARALLEL = List.of("samlingsrapport.chunk-size=10", "samlingsrapport.threads=2");
    private static final List<String> PARALLEL_POINTS = List.of(
            WORKBOOK + "/stage.chunk.1", SEED + "/stage.chunk.2", "temp:" + SEED + ".pdf", WORKBOOK + "/aggregate.before",
            "moved:manifest.csv", WORKBOOK + "/report.after", SEED + "/report.after", "temp:omdomme-utvikling.pdf");

    /**
     * The kill points, in the order a run reaches them: every step's start and end, chunks
     * written but not committed and committed, each report file as a finished temporary
     * file and just after its move, the manifest, for both gatherings, then the network's
     * development report.
     */
    private static final List<String> POINTS = List.of(
            SEED + "/inspect.before", "temp:plan.json", SEED + "/inspect.after",
            SEED + "/stage.before", SEED + "/stage.write.1", SEED + "/stage.chunk.1", SEED + "/stage.write.3",
            SEED + "/stage.chunk.4", SEED + "/stage.after",
            SEED + "/aggregate.before", "temp:summary.json", SEED + "/aggregate.after",
            SEED + "/report.before", "temp:" + SEED + ".pdf", "moved:" + SEED + ".pdf",
            "temp:" + SEED + ".xlsx", "moved:" + SEED + ".xlsx", "temp:manifest.csv", "moved:manifest.csv",
            SEED + "/report.after",
            WORKBOOK + "/stage.chunk.2", WORKBOOK + "/aggregate.after", "temp:" + WORKBOOK + ".xlsx",
            "moved:" + WORKBOOK + ".pdf", WORKBOOK + "/report.after",
            "temp:omdomme-utvikling.pdf", "moved:omdomme-utvikling.xlsx");

    private static Map<String, String> reference;

    @TempDir
    Path dir;

    @BeforeAll
    static void referenceRun(@TempDir Path referenceDir) throws Exception {
        Runs runs = new Runs(referenceDir).given("seed", "seed-arbeidsbok.xlsx");
        ChildJvm child = ChildJvm.start(referenceDir.resolve("logs"), SETTINGS, args(runs));
        assertThat(child.await()).as(child.err()).isZero();
        reference = stagedFigures(runs);
    }

    @Test
    void shouldFinishWithOneCompleteSetOfReportsAfterAKillAtAnyPoint() throws Exception {
        assertThat(POINTS).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
        Runs runs = new Runs(dir).given("seed", "seed-arbeidsbok.xlsx");
        // each run recovers what the one before was killed in, then is itself killed further on
        for (String point : POINTS) {
            List<String> settings = new ArrayList<>(ONE_AT_A_TIME);
            settings.add(Failpoints.PROPERTY + "=" + point);
            ChildJvm child = ChildJvm.start(dir.resolve("logs"), settings, args(runs));
            child.killAtFailpoint(point);
            assertNoPartialReports(runs.output(), point);
        }

        ChildJvm last = ChildJvm.start(dir.resolve("logs"), SETTINGS, args(runs));

        assertThat(last.await()).as(last.out() + last.err()).isZero();
        assertExactlyOneCompleteSet(runs);
    }

    @Test
    void shouldFinishWithOneCompleteSetWhenGatheringsRunInParallelAndOneIsKilledAnywhere() throws Exception {
        Runs runs = new Runs(dir).given("seed", "seed-arbeidsbok.xlsx");
        // a point is passed by when the other gathering's thread got there first in an earlier run: the run then ends
        for (String point : PARALLEL_POINTS) {
            List<String> settings = new ArrayList<>(PARALLEL);
            settings.add(Failpoints.PROPERTY + "=" + point);
            ChildJvm child = ChildJvm.start(dir.resolve("logs"), settings, args(runs));
            if (!child.killAtFailpointIfReached(point)) {
                assertThat(child.await()).as(child.out() + child.err()).isZero();
            }
            assertNoPartialReports(runs.output(), point);
        }

        ChildJvm last = ChildJvm.start(dir.resolve("logs"), PARALLEL, args(runs));

        assertThat(last.await()).as(last.out() + last.err()).isZero();
        assertExactlyOneCompleteSet(runs);
    }

    @Test
    void shouldLetOneOfTwoRunsStartedAtOnceDoTheWorkAndTellTheOther() throws Exception {
        Runs runs = new Runs(dir).given("seed", "seed-arbeidsbok.xlsx");

        ChildJvm first = ChildJvm.start(dir.resolve("logs"), SETTINGS, args(runs));
        ChildJvm second = ChildJvm.start(dir.resolve("logs"), SETTINGS, args(runs));
        int one = first.await();
        int other = second.await();

        // either the second found the state busy (3), or it came after the first and found everything done
        assertThat(List.of(one, other)).containsAnyOf(0).allMatch(code -> code == 0 || code == 3);
        for (ChildJvm child : List.of(first, second)) {
            if (child.await() == 3) {
                assertThat(child.err()).contains("En annen kjøring bruker tilstandsmappen");
            }
        }
        assertExactlyOneCompleteSet(runs);
    }

    @Test
    void shouldTurnAwayASecondRunWhileTheFirstIsWorking() throws Exception {
        Runs runs = new Runs(dir).given("seed");
        List<String> paused = new ArrayList<>(SETTINGS);
        paused.add(Failpoints.PROPERTY + "=" + SEED + "/stage.chunk.2");
        ChildJvm working = ChildJvm.start(dir.resolve("logs"), paused, args(runs));
        long end = System.nanoTime() + 120_000_000_000L;
        while (!working.err().contains(Failpoints.ANNOUNCEMENT) && System.nanoTime() < end) {
            Thread.sleep(20);
        }

        ChildJvm second = ChildJvm.start(dir.resolve("logs"), SETTINGS, args(runs));

        assertThat(second.await()).isEqualTo(3);
        assertThat(second.err()).contains("En annen kjøring bruker tilstandsmappen " + runs.state().toAbsolutePath())
                .doesNotContain("Exception");
        working.killAtFailpoint(SEED + "/stage.chunk.2");
        ChildJvm after = ChildJvm.start(dir.resolve("logs"), SETTINGS, args(runs));
        assertThat(after.await()).isZero();
        assertThat(after.out()).contains(SEED + ": 10 respondenter, 59 rader brukt");
    }

    private static String[] args(Runs runs) {
        return new String[] {"--input=" + runs.input(), "--output=" + runs.output(), "--state=" + runs.state()};
    }

    /** Whatever is visible under a report's own name is a whole report; unfinished files only exist under temporary names. */
    private static void assertNoPartialReports(Path output, String point) throws IOException {
        if (!Files.exists(output)) {
            return;
        }
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    assertThat(name).as(point).contains(".tmp-");
                } else if (name.endsWith(".pdf")) {
                    Loader.loadPDF(file.toFile()).close();
                } else if (name.endsWith(".xlsx")) {
                    Reports.workbook(file).close();
                } else if (name.equals(Manifest.FILE_NAME)) {
                    assertThat(new Manifest(output).entries()).as(point).isNotNull();
                }
            }
        }
    }

    private static void assertExactlyOneCompleteSet(Runs runs) throws Exception {
        Path output = runs.output();
        try (Stream<Path> files = Files.walk(output)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> output.relativize(p).toString()).sorted().toList())
                    .containsExactly("manifest.csv", NETWORK + "/omdomme-utvikling.pdf", NETWORK + "/omdomme-utvikling.xlsx",
                            WORKBOOK + "/" + WORKBOOK + ".pdf", WORKBOOK + "/" + WORKBOOK + ".xlsx",
                            SEED + "/" + SEED + ".pdf", SEED + "/" + SEED + ".xlsx");
        }
        assertThat(stagedFigures(runs)).isEqualTo(reference);
        String pdf = Reports.pdfText(output.resolve(SEED + "/" + SEED + ".pdf"));
        assertThat(pdf).contains("GJENNOMSNITTLIG TERNINGKAST: 4,80").contains("59 rader lest, 59 brukt, 0 forkastet. 0 avvik.");
        try (Workbook workbook = Reports.workbook(output.resolve(SEED + "/" + SEED + ".xlsx"))) {
            assertThat(workbook.getSheet("Data").getLastRowNum()).isEqualTo(55 + 11);
        }
        List<Manifest.Entry> manifest = new Manifest(output).entries();
        assertThat(manifest).hasSize(6).allMatch(e -> e.version() == 1);
        for (Manifest.Entry entry : manifest) {
            assertThat(Hashing.sha256(output.resolve(entry.gathering()).resolve(entry.file())))
                    .as(entry.file()).isEqualTo(entry.sha256());
        }
        // the job repository: one instance per gathering and one for the network, each completed exactly once
        try (Connection db = DriverManager.getConnection(Jobs.databaseUrl(runs.state()), "SA", "");
             Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT I.JOB_INSTANCE_ID, COUNT(E.JOB_EXECUTION_ID) "
                     + "FROM BATCH_JOB_INSTANCE I JOIN BATCH_JOB_EXECUTION E ON E.JOB_INSTANCE_ID = I.JOB_INSTANCE_ID "
                     + "WHERE E.STATUS = 'COMPLETED' GROUP BY I.JOB_INSTANCE_ID")) {
            List<Integer> completions = new ArrayList<>();
            while (rows.next()) {
                completions.add(rows.getInt(2));
            }
            assertThat(completions).containsExactly(1, 1, 1);
        }
    }

    /** Each gathering's staged summary and its number of staged rows: a repeated or lost chunk would show. */
    private static Map<String, String> stagedFigures(Runs runs) throws IOException {
        Map<String, String> figures = new TreeMap<>();
        try (Stream<Path> files = Files.walk(runs.state().resolve("staging"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.equals("summary.json") || name.equals("deviations.tsv")) {
                    figures.put(runs.state().relativize(file).toString(), Files.readString(file));
                } else if (name.equals("rows.tsv")) {
                    try (Stream<String> lines = Files.lines(file)) {
                        figures.put(runs.state().relativize(file).toString(), lines.count() + " rows");
                    }
                }
            }
        }
        return figures;
    }
}
