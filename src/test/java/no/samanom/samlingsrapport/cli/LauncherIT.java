package no.samanom.samlingsrapport.cli;

import static no.samanom.samlingsrapport.support.Reports.cell;
import static no.samanom.samlingsrapport.support.Reports.pdfText;
import static no.samanom.samlingsrapport.support.Reports.rowStarting;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.samanom.samlingsrapport.support.Reports;
import no.samanom.samlingsrapport.support.Runs;
import no.samanom.samlingsrapport.support.SharedDatabase;

/**
 * The README's run command as a user runs it: bin/samlingsrapport, that is the extracted jar, its
 * class data archive and the Spring context generated ahead of time (AOT mode), none of which exist
 * before `mvn package`; hence an integration test, run by failsafe after packaging. The in-process
 * tests run the same context without AOT mode; these prove the generated one is the same job.
 */
class LauncherIT {

    @TempDir
    Path work;

    @Test
    void shouldReportTheSampleInputThroughTheFastLauncher() throws Exception {
        Runs.copy(Path.of("input"), work.resolve("input"));

        Path classes = work.resolve("classes.txt");
        Launch first = launch(folders(), "-Xlog:class+load:file=" + classes);
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).doesNotContain("logback");
        // the class data archive trained at mvn package holds nearly every class a run loads (a stale
        // training once left it a third full), and the context is the one generated at build time
        List<String> loaded = Files.readAllLines(classes);
        assertThat(loaded.stream().filter(line -> line.contains("source: shared objects file")).count())
                .as("classes from the archive, of %d", loaded.size()).isGreaterThan(loaded.size() * 8L / 10);
        assertThat(loaded).anyMatch(line -> line.contains("SamlingsrapportApplication__BeanDefinitions"));
        assertThat(first.out()).contains("Totalt: 3 samlinger (3 rapportert, 0 uendret, 0 avvist, 0 feilet)");
        Path report = work.resolve("output/omdomme-2012-09/omdomme-2012-09");
        assertThat(pdfText(Path.of(report + ".pdf"))).contains("GJENNOMSNITTLIG TERNINGKAST: 4,80 (Skala fra 1-6)");
        try (Workbook workbook = Reports.workbook(Path.of(report + ".xlsx"))) {
            Sheet overview = workbook.getSheetAt(0);
            assertThat(cell(overview, rowStarting(overview, "Gjennomsnittlig terningkast"), 1)).isEqualTo("4,80");
        }
        assertThat(work.resolve("output/nettverk-omdomme/omdomme-utvikling.pdf")).isRegularFile();

        Launch again = launch(folders(), "");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("Totalt: 3 samlinger (0 rapportert, 3 uendret");
    }

    @Test
    void shouldKeepTheJobRepositoryInASharedPostgreSqlInAotMode() throws Exception {
        SharedDatabase database = SharedDatabase.create();
        Runs.copy(Path.of("input"), work.resolve("input"));
        List<String> args = folders();
        args.addAll(List.of("--database=" + database.url(), "--staging=" + work.resolve("staging"), "--node=a"));

        Launch run = launch(args, "");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Totalt: 3 samlinger (3 rapportert, 0 uendret, 0 avvist, 0 feilet)");
        try (Connection connection = database.connect();
             Statement query = connection.createStatement();
             ResultSet completed = query.executeQuery(
                     "SELECT count(*) FROM batch_job_execution WHERE status = 'COMPLETED'")) {
            completed.next();
            assertThat(completed.getInt(1)).as("three gatherings and their network").isEqualTo(4);
        }
    }

    private List<String> folders() {
        return new ArrayList<>(List.of("--input=" + work.resolve("input"), "--output=" + work.resolve("output"),
                "--state=" + work.resolve("state"), "--templates=templates"));
    }

    /** The launcher with the JDK that runs the tests (the one that trained the archive) and nothing else in its JVM options. */
    private Launch launch(List<String> args, String javaOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of("bin", "samlingsrapport").toAbsolutePath().toString()));
        command.addAll(args);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS").forEach(environment::remove);
        environment.put("JAVA_OPTS", javaOptions);
        environment.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("bin/samlingsrapport did not end within two minutes");
        }
        return new Launch(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Launch(int status, String out, String err) {
    }
}
