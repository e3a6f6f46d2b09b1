package no.samanom.samlingsrapport.cli;

import static no.samanom.samlingsrapport.support.Reports.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.samanom.samlingsrapport.input.Hashing;
import no.samanom.samlingsrapport.job.Manifest;
import no.samanom.samlingsrapport.SamlingsrapportApplication;
import no.samanom.samlingsrapport.job.Jobs;
import no.samanom.samlingsrapport.support.Runs;

/** The operator's commands, run in-process: help, validate, history, manifest, archive, lock, progress. */
class OperationsFunctionalTests {

    @TempDir
    Path dir;

    @AfterEach
    void clearSettings() {
        System.clearProperty("samlingsrapport.chunk-size");
        System.clearProperty("samlingsrapport.progress-interval");
    }

    @Test
    void shouldListSubcommandsAndExitStatusesInHelp() {
        Runs.Result help = Runs.execute("--help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("run", "watch", "validate", "history", "templates")
                .contains("Avslutningsstatus:")
                .contains("0   Alle samlinger er rapportert eller uendret")
                .contains("1   Jobben feilet for minst én samling")
                .contains("2   En fil eller samling ble avvist")
                .contains("3   En annen kjøring bruker tilstandsmappen.");
        for (String command : List.of("run", "watch", "validate", "history", "templates")) {
            Runs.Result sub = Runs.execute(command, "--help");
            assertThat(sub.status()).as(command).isZero();
            assertThat(sub.out()).as(command).contains("Usage: samlingsrapport " + command);
        }
        assertThat(Runs.execute("run", "--help").out()).contains("--force", "--after", "--schedule", "--quiet", "--verbose");
        assertThat(Runs.execute("watch", "--help").out()).contains("--interval", "--settle");
    }

    @Test
    void shouldValidateGoodInputWithoutWritingAnything() throws Exception {
        Runs runs = new Runs(dir).given("seed");

        Runs.Result result = Runs.execute("validate", runs.input().toString());

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("seed-drammen: kan rapporteres: 10 respondenter, 59 rader brukt, 0 forkastet, 0 avvik")
                .contains("Kontrollert: 1 samling (1 kan rapporteres, 0 avvist). Ingen rapporter er skrevet.");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("input");
        }
    }

    @Test
    void shouldPrintEveryDeviationWithWhatItNeedsAndExitNonZeroWhenValidatingInputThatWouldBeRejected() throws Exception {
        Runs runs = new Runs(dir).given("bad/rader", "bad/mangler-kolonne");

        Runs.Result result = Runs.execute("validate", runs.input().toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out())
                .contains("mangler-kolonne: AVVIST: Fant ingen brukbare data")
                .contains("forventninger.csv: Mangler kolonnen «forventning». Påkrevd: kommune og forventning")
                .contains("utenfor: kan rapporteres: 3 respondenter, 9 rader brukt, 6 forkastet, 10 avvik")
                .containsPattern("evaluering.csv, linje 2, kolonne terningkast \\(«fire»\\): Terningkast må være et helt tall "
                        + "fra 1 til 6\\. Verdien er utelatt\\.")
                .contains("Kontrollert: 2 samlinger (1 kan rapporteres, 1 avvist)");
        assertThat(dir.resolve("output")).doesNotExist();
        assertThat(dir.resolve(".state")).doesNotExist();
    }

    @Test
    void shouldShowRecentRunsWithVersionStatusAndCountsInHistory() throws Exception {
        Runs runs = new Runs(dir).given("seed", "bad/mangler-kolonne");
        assertThat(runs.run().status()).isEqualTo(2);
        // a new version: the same rows, one more (empty) line
        Files.writeString(runs.input().resolve("seed/evaluering.csv"), "\r\n", StandardOpenOption.APPEND);
        assertThat(runs.run().status()).isEqualTo(2);
        assertThat(runs.run("--force").status()).isEqualTo(2);

        Runs.Result history = Runs.execute("history", "--state=" + runs.state());

        assertThat(history.status()).isZero();
        List<String> lines = history.out().lines().toList();
        assertThat(lines.get(0)).startsWith("Kjøring").contains("Samling", "Fingeravtrykk", "Status", "Lest", "Brukt", "Forkastet");
        assertThat(lines.stream().filter(l -> l.contains("seed-drammen")).count()).isEqualTo(3);
        assertThat(lines.stream().filter(l -> l.contains("mangler-kolonne")).count()).isEqualTo(2);
        assertThat(lines).anyMatch(l -> l.contains("seed-drammen") && l.contains("fullført*") && l.contains("seed-drammen.pdf"));
        assertThat(lines).anyMatch(l -> l.contains("mangler-kolonne") && l.contains("avvist"));
        assertThat(lines).filteredOn(l -> l.contains("seed-drammen") && l.contains("fullført"))
                .allMatch(l -> l.matches(".*fullført\\*? +59 +59 +0 .*"));
        assertThat(lines).last().isEqualTo("* kjørt med --force");
    }

    @Test
    void shouldShowTheNodeInHistoryWithControlCharactersMadeVisible() throws Exception {
        Runs runs = new Runs(dir).given("seed");
        assertThat(runs.run("--node=rapport\u001B]0;x\u0007").status()).isZero();

        Runs.Result history = Runs.execute("history", "--state=" + runs.state());

        assertThat(history.out()).contains("Node").contains("rapport\\x1B]0;x\\x07").doesNotContain("\u001B");
    }

    @Test
    void shouldRefuseABadLimitAndNeverCreateAStateFolderForHistory() {
        Path typo = dir.resolve("tilstand-feil");

        Runs.Result missing = Runs.execute("history", "--state=" + typo);
        Runs.Result zero = Runs.execute("history", "--state=" + dir, "--limit=0");

        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("Fant ikke tilstandsmappen " + typo.toAbsolutePath());
        assertThat(typo).doesNotExist();
        assertThat(zero.status()).isEqualTo(2);
        assertThat(zero.err()).contains("--limit må være minst 1, ikke 0.");
    }

    @Test
    void shouldKeepAManifestRowPerReportFileWithItsHashAndVersion() throws Exception {
        Runs runs = new Runs(dir).given("seed");
        assertThat(runs.run().status()).isZero();
        Path evaluation = runs.input().resolve("seed/evaluering.csv");
        Files.writeString(evaluation, "\r\n", StandardOpenOption.APPEND);
        assertThat(runs.run().status()).isZero();
        assertThat(runs.run("--force").status()).isZero();

        List<Manifest.Entry> entries = new Manifest(runs.output()).entries().stream()
                .filter(e -> e.gathering().equals("seed-drammen")).toList();

        // two versions (the second written twice: the forced run replaced its rows), a PDF and a workbook each
        assertThat(entries).extracting(e -> e.version() + " " + e.file()).containsExactly(
                "1 seed-drammen.pdf", "1 seed-drammen.xlsx", "2 seed-drammen.pdf", "2 seed-drammen.xlsx");
        assertThat(entries.get(0).fingerprint()).isNotEqualTo(entries.get(2).fingerprint());
        assertThat(entries.get(2).jobExecution()).isGreaterThan(entries.get(0).jobExecution());
        for (Manifest.Entry current : entries.subList(2, 4)) {
            assertThat(current.sha256()).isEqualTo(Hashing.sha256(runs.output().resolve("seed-drammen").resolve(current.file())));
        }
        assertThat(Files.readAllLines(runs.output().resolve("manifest.csv")).get(0))
                .isEqualTo("samling,versjon,fil,sha256,fingeravtrykk,jobbkjoering,tidspunkt");
    }

    @Test
    void shouldArchiveReportedAndRejectedInputAndNeverOverwriteAnEarlierFile() throws Exception {
        Runs runs = new Runs(dir).given("seed", "bad/mangler-kolonne", "bad/regneark.ods");
        Path archive = dir.resolve("arkiv");
        String today = LocalDate.now().toString();

        Runs.Result result = runs.run("--after=archive", "--archive=" + archive);

        assertThat(result.status()).isEqualTo(2);
        assertThat(archive.resolve("behandlet/" + today + "/seed/evaluering.csv")).exists();
        assertThat(archive.resolve("avvist/" + today + "/mangler-kolonne/forventninger.csv")).exists();
        assertThat(Files.readString(archive.resolve("avvist/" + today + "/mangler-kolonne.avvist.txt")))
                .contains("Samlingen mangler-kolonne ble avvist: Fant ingen brukbare data")
                .contains("Mangler kolonnen «forventning»");
        assertThat(Files.readString(archive.resolve("avvist/" + today + "/regneark.ods.avvist.txt")))
                .contains("OpenDocument-regneark (.ods) leses ikke");
        try (var left = Files.list(runs.input())) {
            assertThat(left).isEmpty();
        }

        // the same gathering dropped again is already done: archived beside the first, not over it
        new Runs(dir).given("seed");
        Runs.Result again = runs.run("--after=archive", "--archive=" + archive);
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("seed-drammen: uendret siden");
        assertThat(archive.resolve("behandlet/" + today + "/seed-2/evaluering.csv")).exists();
        assertThat(archive.resolve("behandlet/" + today + "/seed/evaluering.csv")).exists();
    }

    @Test
    void shouldRefuseAnArchiveInsideTheInput() throws Exception {
        Runs runs = new Runs(dir).given("seed");

        Runs.Result result = runs.run("--after=archive", "--archive=" + runs.input().resolve("arkiv"));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("ligger i inndatamappen");
        assertThat(runs.output()).doesNotExist();
    }

    @Test
    void shouldExitWithItsOwnStatusWhileAnotherRunHoldsTheState() throws Exception {
        Runs runs = new Runs(dir).given("seed");
        Optional<StateLock> other = StateLock.tryAcquire(runs.state());
        assertThat(other).isPresent();
        try (StateLock held = other.get()) {
            Runs.Result result = runs.run();

            assertThat(result.status()).isEqualTo(3);
            assertThat(result.err()).contains("En annen kjøring bruker tilstandsmappen");
            assertThat(Runs.execute("history", "--state=" + runs.state()).status()).isEqualTo(3);
        }
        assertThat(runs.run().status()).isZero();
    }

    @Test
    void shouldNotWaitForADatabaseLockLeftByAKilledProcess() throws Exception {
        Runs runs = new Runs(dir).given("seed");
        assertThat(runs.run().status()).isZero();
        // what HSQLDB leaves when its process is killed: a lock file nobody will release
        Files.write(runs.state().resolve("jobs/db.lck"), new byte[] {'H', 'S', 'Q', 'L', 'L', 'O', 'C', 'K', 0, 0, 0, 0, 0, 0, 0, 1});

        Runs.Result result = runs.run();

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("seed-drammen: uendret siden");
    }

    @Test
    void shouldStartAfreshWhenAKilledProcessLeftAJobInstanceWithoutAnExecution() throws Exception {
        // given what a kill between creating a job instance and its first execution leaves behind
        Runs runs = new Runs(dir).given("seed");
        assertThat(runs.run().status()).isZero();
        try (StateLock held = StateLock.tryAcquire(runs.state()).orElseThrow();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(SamlingsrapportApplication.class)
                     .web(WebApplicationType.NONE)
                     .properties(Map.of("samlingsrapport.state", runs.state().toString(),
                             "spring.datasource.url", Jobs.databaseUrl(runs.state())))
                     .run()) {
            JobRepository repository = context.getBean(JobRepository.class);
            JobInstance instance = repository.getJobInstances("samlingsrapport", 0, 1).get(0);
            for (JobExecution execution : repository.getJobExecutions(instance)) {
                repository.deleteJobExecution(execution);
            }
            assertThat(repository.getJobExecutions(instance)).isEmpty();
        }

        // when
        Runs.Result result = runs.run();

        // then
        assertThat(result.status()).as(result.all()).isZero();
        assertThat(result.out()).contains("seed-drammen: 10 respondenter, 59 rader brukt, 0 forkastet, 0 avvik; skrev");
    }

    @Test
    void shouldPrintProgressAsPlainLinesWhenTheOutputIsNotATerminal() throws Exception {
        System.setProperty("samlingsrapport.chunk-size", "10");
        System.setProperty("samlingsrapport.progress-interval", "0s");
        Runs runs = new Runs(dir).given("seed", "seed-arbeidsbok.xlsx");

        Runs.Result result = runs.run();

        assertThat(result.status()).isZero();
        assertThat(result.out()).containsPattern("\\[1/2\\] seed-drammen: 10 rader lest, [\\d  ]+ rader/s\\n")
                .containsPattern("\\[1/2\\] seed-drammen: 59 rader lest")
                .containsPattern("\\[2/2\\] omdomme-2012-09: 10 rader lest")
                .doesNotContain("\r");
    }

    @Test
    void shouldPrintOnlyProblemsWhenQuietAndEveryDeviationWhenVerbose() throws Exception {
        Runs runs = new Runs(dir).given("bad/rader");

        Runs.Result quiet = runs.run("--quiet");
        assertThat(quiet.status()).isZero();
        assertThat(quiet.out()).isEmpty();

        Runs.Result verbose = runs.run("--verbose");
        assertThat(verbose.out()).contains("utenfor: uendret siden")
                .contains("    evaluering.csv, linje 2, kolonne terningkast («fire»)");
    }

    @Test
    void shouldRegenerateCompletedReportsWhenForced() throws Exception {
        Runs runs = new Runs(dir).given("seed");
        assertThat(runs.run().status()).isZero();
        long before = new Manifest(runs.output()).entries().get(0).jobExecution();
        // (the seed names the network Omdømme: its development report is in the manifest too, unchanged by --force)

        Runs.Result forced = runs.run("--force");

        assertThat(forced.status()).isZero();
        assertThat(forced.out()).contains("seed-drammen: 10 respondenter, 59 rader brukt, 0 forkastet, 0 avvik; skrev");
        assertThat(new Manifest(runs.output()).entries()).filteredOn(e -> e.gathering().equals("seed-drammen")).hasSize(2)
                .allMatch(e -> e.jobExecution() > before && e.version() == 1);
        assertThat(pdfText(runs.output().resolve("seed-drammen/seed-drammen.pdf"))).contains("GJENNOMSNITTLIG TERNINGKAST: 4,80");
    }
}
