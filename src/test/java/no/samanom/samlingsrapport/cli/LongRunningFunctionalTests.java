package no.samanom.samlingsrapport.cli;

import static no.samanom.samlingsrapport.support.Reports.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.samanom.samlingsrapport.support.Runs;

/** watch and --schedule, each run in a thread of the test and stopped by interrupting it. */
class LongRunningFunctionalTests {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void shouldReadAWorkbookCopiedSlowlyInPiecesOnceAndOnlyWhenComplete() throws Exception {
        Runs runs = new Runs(dir);
        Files.createDirectories(runs.input());
        byte[] workbook = Files.readAllBytes(Runs.fixture("seed-arbeidsbok.xlsx"));
        try (Background watch = Background.start("watch", "--input=" + runs.input(), "--output=" + runs.output(),
                "--state=" + runs.state(), "--interval=100ms", "--settle=1500ms")) {
            watch.awaitOutput(out -> out.contains("Overvåker"));

            // when a workbook arrives in four pieces, each within the settle period of the last
            Path target = runs.input().resolve("seed-arbeidsbok.xlsx");
            try (OutputStream out = Files.newOutputStream(target)) {
                int piece = workbook.length / 4 + 1;
                for (int start = 0; start < workbook.length; start += piece) {
                    out.write(workbook, start, Math.min(piece, workbook.length - start));
                    out.flush();
                    Thread.sleep(700);
                }
            }

            // then it is read once, whole
            String out = watch.awaitOutput(o -> o.contains("Totalt:"));
            Thread.sleep(2500); // several more polls: nothing more may happen
            out = watch.output();
            assertThat(count(out, "Totalt:")).isEqualTo(1);
            assertThat(out).containsPattern("omdomme-2012-09: 10 respondenter, \\d+ rader brukt, 0 forkastet, 0 avvik; skrev")
                    .doesNotContain("AVVIST").doesNotContain("FEILET");
        }
        Runs.Result history = Runs.execute("history", "--state=" + runs.state());
        assertThat(history.out().lines().filter(l -> l.contains("fullført"))).hasSize(1);
    }

    @Test
    void shouldWaitWhileTheWorkbookIsOpenInExcel() throws Exception {
        Runs runs = new Runs(dir);
        Files.createDirectories(runs.input());
        // Excel's owner file for an open "seed-arbeidsbok.xlsx": "~$" in place of the first two letters
        Path lock = Files.writeString(runs.input().resolve("~$ed-arbeidsbok.xlsx"), "eier");
        Files.copy(Runs.fixture("seed-arbeidsbok.xlsx"), runs.input().resolve("seed-arbeidsbok.xlsx"));
        try (Background watch = Background.start("watch", "--input=" + runs.input(), "--output=" + runs.output(),
                "--state=" + runs.state(), "--interval=100ms", "--settle=300ms")) {
            watch.awaitOutput(out -> out.contains("Overvåker"));
            Thread.sleep(1500);
            assertThat(watch.output()).doesNotContain("Totalt:");
            assertThat(runs.output()).doesNotExist();

            Files.delete(lock);

            assertThat(watch.awaitOutput(out -> out.contains("Totalt:"))).contains("10 respondenter");
        }
    }

    @Test
    void shouldReportEntriesThatSettleTogetherInOneRoundWithOneNetworkReport() throws Exception {
        // given two gatherings of the network Omdømme already in the folder when watching starts
        Runs runs = new Runs(dir).given("seed", "seed-arbeidsbok.xlsx");
        try (Background watch = Background.start("watch", "--input=" + runs.input(), "--output=" + runs.output(),
                "--state=" + runs.state(), "--interval=100ms", "--settle=300ms")) {

            String out = watch.awaitOutput(o -> o.contains("Totalt:"));

            assertThat(out).contains("Totalt: 2 samlinger (2 rapportert");
            assertThat(count(out, "nettverk Omdømme:")).isEqualTo(1);
            assertThat(out).contains("nettverk Omdømme: utviklingsrapport over 2 samlinger");
        }
    }

    @Test
    void shouldRunAtTheScheduledTimesAndPickUpWhatArrivedBetween() throws Exception {
        Runs runs = new Runs(dir).given("seed");
        try (Background scheduled = Background.start("run", "--input=" + runs.input(), "--output=" + runs.output(),
                "--state=" + runs.state(), "--schedule=*/2 * * * * *")) {
            scheduled.awaitOutput(out -> out.contains("seed-drammen: 10 respondenter"));

            new Runs(dir).given("seed-arbeidsbok.xlsx");

            String out = scheduled.awaitOutput(o -> o.contains("omdomme-2012-09: 10 respondenter") && count(o, "Totalt:") >= 2
                    || count(o, "Totalt:") >= 3);
            assertThat(out).contains("Neste kjøring:");
            assertThat(count(out, "seed-drammen: 10 respondenter")).isEqualTo(1);
            assertThat(out).contains("seed-drammen: uendret siden");
        }
        assertThat(pdfText(runs.output().resolve("seed-drammen/seed-drammen.pdf"))).contains("4,80");
    }

    @Test
    void shouldRejectAScheduleThatIsNotCron() {
        Runs.Result result = Runs.execute("run", "--schedule=hver dag", "--input=" + dir, "--state=" + dir.resolve("s"));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("Ugyldig --schedule \"hver dag\"").contains("seks felt");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** A command running on its own thread until closed. */
    private static final class Background implements AutoCloseable {
        private final StringWriter out = new StringWriter();
        private final List<Integer> status = new ArrayList<>();
        private final Thread thread;

        private Background(String... args) {
            thread = new Thread(() -> {
                int code = Main.execute(new PrintWriter(out, true), new PrintWriter(out, true), args);
                synchronized (status) {
                    status.add(code);
                }
            });
        }

        static Background start(String... args) {
            Background background = new Background(args);
            background.thread.start();
            return background;
        }

        String output() {
            synchronized (out) {
                return out.toString();
            }
        }

        String awaitOutput(Predicate<String> condition) throws InterruptedException {
            long end = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < end) {
                String text = output();
                if (condition.test(text)) {
                    return text;
                }
                assertThat(thread.isAlive()).as("the command ended early: " + text).isTrue();
                Thread.sleep(50);
            }
            throw new AssertionError("Timed out; output so far:\n" + output());
        }

        @Override
        public void close() throws InterruptedException {
            Thread.sleep(1000); // let the round that printed what we waited for close its engine
            thread.interrupt();
            thread.join(PATIENCE.toMillis());
            assertThat(thread.isAlive()).isFalse();
            synchronized (status) {
                assertThat(status).containsExactly(0);
            }
        }
    }
}
