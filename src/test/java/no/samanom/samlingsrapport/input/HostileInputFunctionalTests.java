package no.samanom.samlingsrapport.input;

import static no.samanom.samlingsrapport.support.Reports.pdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.samanom.samlingsrapport.support.Failpoints;
import no.samanom.samlingsrapport.support.ChildJvm;
import no.samanom.samlingsrapport.support.Runs;

/**
 * Input made by accident or by an attacker, run through the command line as an operator would:
 * nothing outside the input is read, nothing hangs, nothing is printed raw or whole, no file
 * ends the run, and no figure is silently wrong.
 */
class HostileInputFunctionalTests {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String EVALUATION = "respondent;kommune;parameter;forbedring;terningkast\r\n";

    @TempDir
    Path dir;

    @Test
    void shouldReadNothingOutsideTheInputAndOpenNoLinkPipeOrDevice() throws Exception {
        // given an outside folder with a secret table and a workbook, and an input that links to them
        Path outside = Files.createDirectories(dir.resolve("utenfor"));
        Files.writeString(outside.resolve("forventninger.csv"), "kommune;forventning\nHemmelig;HEMMELIG-INNHOLD\n");
        Files.copy(Runs.fixture("seed-arbeidsbok.xlsx"), outside.resolve("annen-samling.xlsx"));
        Runs runs = new Runs(dir).given("seed");
        Path linked = Files.createDirectories(runs.input().resolve("lenket"));
        Files.createSymbolicLink(linked.resolve("samling.csv"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(linked.resolve("forventninger.csv"), outside.resolve("forventninger.csv"));
        Files.createSymbolicLink(linked.resolve("evaluering.csv"), Path.of("/dev/zero"));
        mkfifo(linked.resolve("risiko.csv"));
        Files.createSymbolicLink(runs.input().resolve("ut"), outside);
        Files.createSymbolicLink(runs.input().resolve("loop"), Path.of("."));
        mkfifo(runs.input().resolve("ror.xlsx"));

        // when
        Runs.Result result = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> runs.run());

        // then the good gathering is reported and every other entry is listed as not read, none opened
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out())
                .contains("seed-drammen: 10 respondenter")
                .contains("Ikke lest: lenket/samling.csv: Er en snarvei (symbolsk lenke) og er ikke lest")
                .contains("Ikke lest: lenket/forventninger.csv: Er en snarvei")
                .contains("Ikke lest: lenket/evaluering.csv: Er en snarvei")
                .contains("Ikke lest: lenket/risiko.csv: Er ikke en vanlig fil eller mappe")
                .contains("Ikke lest: ut: Er en snarvei")
                .contains("Ikke lest: loop: Er en snarvei")
                .contains("Ikke lest: ror.xlsx: Er ikke en vanlig fil");
        assertThat(result.all()).doesNotContain("root:").doesNotContain("HEMMELIG").doesNotContain("annen-samling")
                .doesNotContain("Exception");
        try (Stream<Path> reports = Files.list(runs.output())) {
            assertThat(reports.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("seed-drammen", "nettverk-omdomme", "manifest.csv");
        }
    }

    @Test
    void shouldListAFileAndAFolderItMayNotReadAndReportTheRest() throws Exception {
        // given, owned by another user who may not read them: a folder, and one file of a gathering
        Path root = Files.createDirectories(dir.resolve("uleselig"));
        Runs runs = new Runs(root).given("seed");
        Path closed = Files.createDirectories(runs.input().resolve("lukket"));
        Files.writeString(closed.resolve("forventninger.csv"), "kommune;forventning\nBjugn;Inspirasjon\n");
        Path half = Files.createDirectories(runs.input().resolve("halv"));
        Files.writeString(half.resolve("forventninger.csv"), "kommune;forventning\nBjugn;Inspirasjon\n");
        Files.writeString(half.resolve("evaluering.csv"), EVALUATION + "R1;Bjugn;Generelt;Mer tid;5\n");
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(half.resolve("evaluering.csv"), PosixFilePermissions.fromString("---------"));

        // when run as an ordinary user (root reads everything, so the test drops to "nobody" if it is root)
        ChildJvm child = Unprivileged.start(root, runs);

        // then
        assertThat(child.await()).as(child.out() + child.err()).isEqualTo(2);
        assertThat(child.out())
                .contains("seed-drammen: 10 respondenter")
                .contains("Ikke lest: lukket/: Mappen Kan ikke leses: jobben har ikke lesetilgang")
                .contains("halv: 0 respondenter, 1 rad brukt")
                .contains("evaluering.csv: Kan ikke leses: jobben har ikke lesetilgang");
        assertThat(child.out() + child.err()).doesNotContain("Intern feil").doesNotContain("Exception");
    }

    @Test
    void shouldTurnANaNCellIntoADeviationAndStillReportTheOthers() throws Exception {
        Runs runs = new Runs(dir).given("seed");
        OddWorkbooks.nanWorkbook(runs.input().resolve("nan.xlsx"));

        Runs.Result result = runs.run();

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("seed-drammen: 10 respondenter").contains("nan: 3 respondenter, 3 rader brukt");
        assertThat(Files.readString(runs.output().resolve("nan/nan-avvik.csv"), StandardCharsets.UTF_8))
                .contains("nan.xlsx;Evaluering;2;terningkast;\"#NUM!\";Terningkast må være et helt tall fra 1 til 6")
                .contains("nan.xlsx;Evaluering;3;terningkast;\"#NUM!\"");
        assertThat(result.all()).doesNotContain("Intern feil");
    }

    @Test
    void shouldRejectOnlyTheLineOfAnUnclosedQuoteAndKeepEveryOtherRespondent() throws Exception {
        // ten respondents; respondent 4's line opens a quote that never closes
        StringBuilder csv = new StringBuilder(EVALUATION);
        int[] scores = {5, 4, 5, 3, 5, 4, 6, 5, 4, 5};
        for (int i = 0; i < scores.length; i++) {
            csv.append("R").append(i + 1).append(";Strand;Generelt;").append(i == 3 ? "\"Mer tid" : "Mer tid")
                    .append(';').append(scores[i]).append("\r\n");
        }
        Runs runs = new Runs(dir);
        gathering(runs, "sitat", "evaluering.csv", csv.toString(), WINDOWS_1252);

        Runs.Result result = runs.run();

        // the nine others: (5+4+5+5+4+6+5+4+5) / 9 = 43 / 9 = 4,78
        assertThat(result.out()).contains("sitat: 9 respondenter, 9 rader brukt, 1 forkastet, 1 avvik");
        assertThat(pdfText(runs.output().resolve("sitat/sitat.pdf"))).contains("GJENNOMSNITTLIG TERNINGKAST: 4,78")
                .doesNotContain("R5;Strand");
        assertThat(Files.readString(runs.output().resolve("sitat/sitat-avvik.csv"), StandardCharsets.UTF_8))
                .contains("evaluering.csv;;5;;")
                .contains("åpnes på linje 5 og lukkes aldri, så de 6 linjene etter ble lest som én celle");
    }

    @Test
    void shouldReadEachLineOfAFileEditedByTwoProgramsInItsOwnEncodingAndSaySo() throws Exception {
        Runs runs = new Runs(dir);
        Path folder = Files.createDirectories(runs.input().resolve("blandet"));
        try (OutputStream out = Files.newOutputStream(folder.resolve("forventninger.csv"))) {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write("kommune;forventning\r\nKarmøy;Inspirasjon\r\n".getBytes(StandardCharsets.UTF_8));
            out.write("Ørland;Få innspill\r\n".getBytes(WINDOWS_1252));
        }

        Runs.Result result = runs.run("--verbose");

        assertThat(result.out()).contains("blandet: 0 respondenter, 2 rader brukt, 0 forkastet, 1 avvik")
                .contains("linje 3 er ikke gyldig UTF-8; de er lest som Windows-1252");
        assertThat(pdfText(runs.output().resolve("blandet/blandet.pdf"))).contains("Ørland • Få innspill")
                .contains("Karmøy • Inspirasjon").doesNotContain("\uFFFD");
    }

    @Test
    void shouldNeitherPrintDatesOutOfOrderNorMisreadTheOldMacDateSystem() throws Exception {
        Runs runs = new Runs(dir);
        gathering(runs, "datoer", "samling.csv", "felt;verdi\nfra;19.03.2013\ntil;18.03.2013\n", StandardCharsets.UTF_8);
        gathering(runs, "datoer", "forventninger.csv", "kommune;forventning\nBjugn;Inspirasjon\n", StandardCharsets.UTF_8);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            OddWorkbooks.use1904(book);
            Sheet meta = book.createSheet("Samling");
            row(meta, 0, "felt", "verdi");
            row(meta, 1, "fra").createCell(1).setCellValue(39_889); // 18.03.2013 in the 1904 system, format lost
            row(meta, 2, "til").createCell(1).setCellValue(39_890);
            row(book.createSheet("Forventninger"), 0, "kommune", "forventning");
            row(book.getSheet("Forventninger"), 1, "Bjugn", "Inspirasjon");
            write(book, runs.input().resolve("mac.xlsx"));
        }

        Runs.Result result = runs.run();

        assertThat(result.status()).isZero();
        String dates = pdfText(runs.output().resolve("datoer/datoer.pdf"));
        assertThat(dates).contains("19. mars 2013").doesNotContain("19.–18.");
        assertThat(Files.readString(runs.output().resolve("datoer/datoer-avvik.csv"), StandardCharsets.UTF_8))
                .contains("samling.csv;;3;verdi;2013-03-18;\"Sluttdatoen «til» er før startdatoen «fra» (2013-03-19); "
                        + "sluttdatoen er utelatt\";Verdien er utelatt");
        assertThat(pdfText(runs.output().resolve("mac/mac.pdf"))).contains("18.–19. mars 2013");
        assertThat(LocalDate.of(1904, 1, 1).plusDays(39_889)).isEqualTo(LocalDate.of(2013, 3, 18));
    }

    @Test
    void shouldNotGuessANumberWithASpaceOrAThousandsPointInIt() throws Exception {
        Runs runs = new Runs(dir);
        gathering(runs, "tall", "risiko.csv", "kommune;respondent;risikofaktor;vurdering\n"
                + "Bjugn;B1;Prioritering av tid;8\nBjugn;B2;Prioritering av tid;1 0\nBjugn;B3;Prioritering av tid;1.000\n"
                + "Bjugn;B4;Prioritering av tid;6\n", StandardCharsets.UTF_8);

        Runs.Result result = runs.run();

        assertThat(result.out()).contains("tall: 0 respondenter, 2 rader brukt, 2 forkastet, 2 avvik");
        // (8 + 6) / 2 = 7,00
        assertThat(pdfText(runs.output().resolve("tall/tall.pdf"))).contains("Størst risiko: Prioritering av tid (snitt 7,00)");
        assertThat(Files.readString(runs.output().resolve("tall/tall-avvik.csv"), StandardCharsets.UTF_8))
                .contains(";3;vurdering;1 0;\"Tallet har mellomrom inne i seg")
                .contains(";4;vurdering;1.000;\"Tvetydig tall");
    }

    @Test
    void shouldCountOneMunicipalityHoweverItIsTyped() throws Exception {
        Runs runs = new Runs(dir);
        gathering(runs, "kommuner", "forventninger.csv", "kommune;forventning\nØrland;Profilering\nørland ;Profilering\n"
                + "O\u0338rland;Profilering\nØr\u0007land;Forankring\nKarmoy;Inspirasjon\n", StandardCharsets.UTF_8);
        gathering(runs, "kommuner", "risiko.csv", "kommune;respondent;Prioritering av tid\nØrland;Ø1;8\nØRLAND;Ø2;6\n"
                + "ørland ;Ø3;7\n", StandardCharsets.UTF_8);

        Runs.Result result = runs.run("--verbose");

        String pdf = pdfText(runs.output().resolve("kommuner/kommuner.pdf"));
        assertThat(pdf).contains("Ørland • Profilering").contains("• Forankring Karmoy • Inspirasjon")
                .contains("Ørland 7,00").doesNotContain("ørland").doesNotContain("ØRLAND");
        assertThat(result.out()).contains("kolonne kommune («Karmoy»): Kommunen står ikke i kommunelisten "
                + "(templates/kommuner.csv); navnet brukes som skrevet. Mente du Karmøy?");
    }

    @Test
    void shouldRejectATableThatGivesAColumnItReadsTwice() throws Exception {
        Runs runs = new Runs(dir).given("seed");
        gathering(runs, "dobbel", "evaluering.csv", "respondent;Terningkast;forbedring;terningkast\nR1;5;Mer tid;4\n",
                StandardCharsets.UTF_8);

        Runs.Result result = runs.run();

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).contains("dobbel: AVVIST")
                .contains("evaluering.csv: Kolonnen «terningkast» finnes to ganger: kolonne 2 («Terningkast») og kolonne 4 "
                        + "(«terningkast»)");
    }

    @Test
    void shouldReadTheHeadingsThePrintedFormUses() throws Exception {
        Runs runs = new Runs(dir);
        gathering(runs, "skjema", "evaluering.csv", "Respondent;Hva fungerte bra?;Terningkast\u202F(1-6)\n"
                + "R1;God planlegging;5\nR2;God planlegging;4\n", StandardCharsets.UTF_8);

        Runs.Result result = runs.run();

        assertThat(result.out()).contains("skjema: 2 respondenter, 2 rader brukt, 0 forkastet, 0 avvik");
        assertThat(pdfText(runs.output().resolve("skjema/skjema.pdf"))).contains("GJENNOMSNITTLIG TERNINGKAST: 4,50");
    }

    @Test
    void shouldEchoNeitherAHugeHeaderNorEveryUnknownColumn() throws Exception {
        Runs runs = new Runs(dir);
        gathering(runs, "stor", "forventninger.csv", "x".repeat(50 * 1024 * 1024), StandardCharsets.UTF_8);
        String columns = IntStream.range(0, 200_000).mapToObj(i -> "k" + i).collect(Collectors.joining(";"));
        gathering(runs, "bred", "forventninger.csv", "kommune;forventning;" + columns + "\nBjugn;Inspirasjon\n",
                StandardCharsets.UTF_8);

        Runs.Result result = runs.run();

        assertThat(result.all().length()).isLessThan(5_000);
        assertThat(result.out()).contains("stor: AVVIST").contains("(52\u00A0428\u00A0800 tegn)");
        Path deviations = runs.output().resolve("bred/bred-avvik.csv");
        assertThat(Files.size(deviations)).isLessThan(20_000);
        assertThat(Files.readString(deviations, StandardCharsets.UTF_8)).contains("… og 199\u00A0980 ukjente kolonner til");
    }

    @Test
    void shouldShowControlCharactersInNamesAndBytesVisibly() throws Exception {
        Runs runs = new Runs(dir).given("seed");
        Path evil = Files.createDirectories(runs.input().resolve("ond\u001b]0;hacked\u0007\u001b[2J\nTotalt: 9 samlinger"));
        Files.writeString(evil.resolve("notat.txt"), "hei");
        Files.write(Files.createDirectories(runs.input().resolve("binær")).resolve("forventninger.csv"),
                new byte[]{0, 1, 2, 27, '[', '2', 'J', 0, '\n', 0});

        Runs.Result result = runs.run();

        assertThat(result.all()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u0000")
                .contains("\\x1B]0;hacked\\x07\\x1B[2J\\x0ATotalt: 9 samlinger");
        assertThat(result.out().lines().filter(line -> line.startsWith("Totalt:"))).hasSize(1);
    }

    @Test
    void shouldKeepGatheringIdsOutOfTheNetworksFoldersAndOffWindowsDeviceNames() throws Exception {
        Runs runs = new Runs(dir);
        gathering(runs, "a", "samling.csv", "felt;verdi\nid;nettverk-omdomme\n", StandardCharsets.UTF_8);
        gathering(runs, "a", "forventninger.csv", "kommune;forventning\nBjugn;Inspirasjon\n", StandardCharsets.UTF_8);
        gathering(runs, "b", "samling.csv", "felt;verdi\nid;CON\n", StandardCharsets.UTF_8);
        gathering(runs, "b", "forventninger.csv", "kommune;forventning\nBjugn;Inspirasjon\n", StandardCharsets.UTF_8);

        Runs.Result result = runs.run();

        assertThat(result.status()).isZero();
        assertThat(runs.output().resolve("samling-nettverk-omdomme/samling-nettverk-omdomme.pdf")).exists();
        assertThat(runs.output().resolve("CON_/CON_.pdf")).exists();
        assertThat(runs.output().resolve("nettverk-omdomme")).doesNotExist();
    }

    @Test
    void shouldNoteAWorkbooksOwnHelperSheetsWithoutRejectingAnything() throws Exception {
        Runs runs = new Runs(dir);
        Files.createDirectories(runs.input());
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            row(book.createSheet("Forventninger"), 0, "kommune", "forventning");
            row(book.getSheet("Forventninger"), 1, "Bjugn", "Inspirasjon");
            row(book.createSheet("Notater"), 0, "Husk å sende ut skjema");
            write(book, runs.input().resolve("med-notater.xlsx"));
        }

        Runs.Result result = runs.run();

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("0 filer avvist");
        assertThat(Files.readString(runs.output().resolve("med-notater/med-notater-avvik.csv"), StandardCharsets.UTF_8))
                .contains("med-notater.xlsx;Notater;;;;Arket er ikke lest");
    }

    @Test
    void shouldFailAGatheringWhoseFileChangesWhileItIsReadAndTakeTheNewVersionNextRun() throws Exception {
        // given a run that pauses before it stages the rows, after the files were fingerprinted and inspected
        Runs runs = new Runs(dir);
        String rows = IntStream.range(0, 50).mapToObj(i -> "R" + i + ";Bjugn;Generelt;Mer tid;5\n")
                .collect(Collectors.joining());
        Path evaluation = gathering(runs, "endres", "evaluering.csv", EVALUATION + rows, StandardCharsets.UTF_8);

        // when the coordinator appends to the file at that moment
        ChildJvm paused = appendWhilePaused(runs, "endres/stage.before", evaluation, "R50;Bjugn;Generelt;Mer tid;1\n");

        // then the gathering fails cleanly, with nothing reported
        assertThat(paused.await()).as(paused.out() + paused.err()).isEqualTo(1);
        assertThat(paused.out()).contains("endres: FEILET: Filen evaluering.csv ble endret mens jobben leste den");
        assertThat(runs.output().resolve("endres")).doesNotExist();
        // and the next run reports the new version whole, with the hash of what it read
        Runs.Result next = runs.run();
        assertThat(next.out()).contains("endres: 51 respondenter, 51 rader brukt");
        assertThat(pdfText(runs.output().resolve("endres/endres.pdf"))).contains(Hashing.sha256(evaluation));
    }

    @Test
    void shouldStopAtAFailedInspectionWhenTheInputChangesBeforeIt() throws Exception {
        Runs runs = new Runs(dir);
        Path evaluation = gathering(runs, "endres", "evaluering.csv", EVALUATION + "R1;Bjugn;Generelt;Mer tid;5\n",
                StandardCharsets.UTF_8);

        ChildJvm paused = appendWhilePaused(runs, "endres/inspect.before", evaluation, "R2;Bjugn;Generelt;Mer tid;1\n");

        assertThat(paused.await()).isEqualTo(1);
        assertThat(paused.out()).contains("endres: FEILET: Filene i").contains("ble endret mens jobben kjørte");
        assertThat(paused.out() + paused.err()).doesNotContain("ItemStreamException").doesNotContain("Exception");
        assertThat(Files.readString(runs.state().resolve("samlingsrapport.log"))).doesNotContain("Executing step: [stage]");
    }

    @Test
    void shouldLogOnlyInTheStateFolderAndValidateWithoutWritingAnything() throws Exception {
        Runs runs = new Runs(dir).given("seed");
        Path temp = Files.createDirectories(dir.resolve("tmp"));

        ChildJvm validate = ChildJvm.start(dir.resolve("logs"), List.of("java.io.tmpdir=" + temp), "validate",
                runs.input().resolve("seed").toString());
        assertThat(validate.await()).as(validate.out() + validate.err()).isZero();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
        ChildJvm run = ChildJvm.start(dir.resolve("logs"), List.of("java.io.tmpdir=" + temp), "--input=" + runs.input(),
                "--output=" + runs.output(), "--state=" + runs.state());
        assertThat(run.await()).isZero();

        try (Stream<Path> left = Files.walk(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).doesNotContain("samlingsrapport.log");
        }
        assertThat(runs.state().resolve("samlingsrapport.log")).isNotEmptyFile();
        assertThat(validate.out() + validate.err() + run.err()).doesNotContain("logback").doesNotContain("Exception");
    }

    /** Runs the job in a JVM of its own, paused at the failpoint while a line is appended to the file. */
    private ChildJvm appendWhilePaused(Runs runs, String point, Path file, String line) throws Exception {
        Path resume = dir.resolve("fortsett");
        ChildJvm paused = ChildJvm.start(dir.resolve("logs"), List.of(Failpoints.PROPERTY + "=" + point,
                Failpoints.RESUME + "=" + resume), "--input=" + runs.input(), "--output=" + runs.output(),
                "--state=" + runs.state());
        paused.awaitFailpoint(point);
        Files.writeString(file, line, StandardOpenOption.APPEND);
        Files.createFile(resume);
        return paused;
    }

    private static Path gathering(Runs runs, String name, String file, String content, Charset charset) throws IOException {
        Path folder = Files.createDirectories(runs.input().resolve(name));
        return Files.write(folder.resolve(file), content.getBytes(charset));
    }

    private static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
        return row;
    }

    private static void write(Workbook book, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        assertThat(new ProcessBuilder("mkfifo", path.toString()).start().waitFor()).isZero();
    }

    /** Runs the command line as a user without special rights, as an operator's service user would be. */
    private static final class Unprivileged {

        static ChildJvm start(Path root, Runs runs) throws IOException {
            List<String> prefix = List.of();
            String classPath = System.getProperty("java.class.path");
            if ("root".equals(System.getProperty("user.name"))) {
                // nobody cannot read root's Maven repository: give it a world-readable copy of the class path
                Path copy = Files.createDirectories(root.resolve("klassesti"));
                List<String> entries = new ArrayList<>();
                int n = 0;
                for (String entry : classPath.split(java.io.File.pathSeparator)) {
                    Path source = Path.of(entry);
                    Path target = copy.resolve(n++ + "-" + source.getFileName());
                    if (Files.exists(source)) {
                        Runs.copy(source, target);
                    }
                    entries.add(target.toString());
                }
                classPath = String.join(java.io.File.pathSeparator, entries);
                prefix = List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
                openUp(root);
                openUp(root.getParent());
            }
            return ChildJvm.start(root.resolve("logs"), prefix, classPath, List.of(),
                    "--input=" + runs.input(), "--output=" + runs.output(), "--state=" + runs.state());
        }

        /** Everything under the folder readable and writable by all, but what the test closed on purpose. */
        private static void openUp(Path folder) throws IOException {
            try (Stream<Path> files = Files.walk(folder, folder.endsWith("uleselig") ? Integer.MAX_VALUE : 0)) {
                for (Path file : files.toList()) {
                    if (!Files.getPosixFilePermissions(file).isEmpty()) {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                                Files.isDirectory(file) ? "rwxrwxrwx" : "rw-rw-rw-"));
                    }
                }
            }
        }
    }
}
