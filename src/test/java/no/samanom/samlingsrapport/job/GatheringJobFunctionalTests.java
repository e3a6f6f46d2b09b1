package no.samanom.samlingsrapport.job;

import static no.samanom.samlingsrapport.support.Reports.cell;
import static no.samanom.samlingsrapport.support.Reports.pdfText;
import static no.samanom.samlingsrapport.support.Reports.rowStarting;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.samanom.samlingsrapport.input.Hashing;
import no.samanom.samlingsrapport.support.Reports;
import no.samanom.samlingsrapport.support.Runs;

/** The whole job from input folder to reports, run through the command line as an operator would. */
class GatheringJobFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void shouldReportTheSeedGatheringFromWindows1252Csv() throws Exception {
        // given the seed's gathering as CSV files saved by a Norwegian Excel, risk as UTF-8 with commas
        Runs runs = new Runs(dir).given("seed");

        // when
        Runs.Result result = runs.run();

        // then
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("seed-drammen: 10 respondenter, 59 rader brukt, 0 forkastet, 0 avvik; "
                + "skrev seed-drammen.pdf, seed-drammen.xlsx");
        Path folder = runs.output().resolve("seed-drammen");
        assertThat(folder.resolve("seed-drammen-avvik.csv")).doesNotExist();
        String pdf = pdfText(folder.resolve("seed-drammen.pdf"));
        assertThat(pdf)
                .contains("Oppsummering – Omdømmesamling i Drammen")
                .contains("16.–17. september 2012")
                .contains("PARAMETER SPESIFIKK TILBAKEMELDING (Hva fungerte bra) SUKSESSKRITERIER (Hvorfor) "
                        + "MULIGE FORBEDRINGSPUNKT (Hva kunne vært bedre, og hvordan)")
                .contains("GJENNOMSNITTLIG TERNINGKAST: 4,80 (Skala fra 1-6)")
                .contains("Mer tid til erfaringsutveksling, refleksjon og drøfting (6 av 10)")
                .contains("God teknisk gjennomføring (4 av 10)")
                .contains("Ørland").contains("Karmøy").contains("Håndtering av media")
                .contains("Størst risiko: Prioritering av tid (snitt 7,50)")
                .contains("Dårlig forankring 3 7,33")
                .contains("59 rader lest, 59 brukt, 0 forkastet. 0 avvik.");
        try (Workbook workbook = Reports.workbook(folder.resolve("seed-drammen.xlsx"))) {
            Sheet overview = workbook.getSheet("Oppsummering");
            assertThat(cell(overview, rowStarting(overview, "Respondenter (evaluering)"), 1)).isEqualTo("10");
            assertThat(cell(overview, rowStarting(overview, "Gjennomsnittlig terningkast"), 1)).isEqualTo("4,80");
            assertThat(cell(overview, rowStarting(overview, "Største risiko"), 1)).isEqualTo("Prioritering av tid");
            Sheet evaluation = workbook.getSheet("Evaluering");
            assertThat(cell(evaluation, 1, 0)).isEqualTo("Generell gjennomføring");
            assertThat(cell(evaluation, 1, 3)).startsWith("• Mer tid til erfaringsutveksling, refleksjon og drøfting (6 av 10)");
            Sheet risk = workbook.getSheet("Risiko");
            int matrix = rowStarting(risk, "Kommune");
            // Ørland has two respondents, under the small-group threshold of 3: counted, not shown
            assertThat(cell(risk, matrix + 1, 0)).isEqualTo("Ørland");
            assertThat(cell(risk, matrix + 1, 1)).isEqualTo("færre enn 3 svar");
            assertThat(cell(risk, matrix + 1, 5)).isEmpty();
            // 55 rows of other kinds, and the 4 wide risk rows give one row per rating: 3 + 3 + 3 + 2
            assertThat(workbook.getSheet("Data").getLastRowNum()).isEqualTo(55 + 11);
            assertThat(workbook.getSheet("Avvik").getLastRowNum()).isZero();
        }
    }

    @Test
    void shouldReportTheSameFiguresFromAWorkbook() throws Exception {
        Runs runs = new Runs(dir).given("seed-arbeidsbok.xlsx");

        Runs.Result result = runs.run();

        assertThat(result.status()).isZero();
        String pdf = pdfText(runs.output().resolve("omdomme-2012-09/omdomme-2012-09.pdf"));
        assertThat(pdf).contains("GJENNOMSNITTLIG TERNINGKAST: 4,80 (Skala fra 1-6)")
                .contains("Mer tid til erfaringsutveksling, refleksjon og drøfting (6 av 10)")
                .contains("Ingen risikovurderinger i grunnlaget.");
    }

    @Test
    void shouldListEveryBadRowAndValueAsADeviationAndUseTheRest() throws Exception {
        Runs runs = new Runs(dir).given("bad/rader");

        Runs.Result result = runs.run();

        assertThat(result.status()).isZero();
        // the id "../../utenfor" is made safe, never followed
        Path folder = runs.output().resolve("utenfor");
        assertThat(dir.resolve("utenfor")).doesNotExist();
        assertThat(result.out()).contains("utenfor: 3 respondenter, 9 rader brukt, 6 forkastet, 10 avvik");
        String deviations = Files.readString(folder.resolve("utenfor-avvik.csv"));
        assertThat(deviations).startsWith("\uFEFFFil;Ark;Linje;Kolonne;Verdi;Årsak;Konsekvens")
                .contains("evaluering.csv;;2;terningkast;fire;Terningkast må være et helt tall fra 1 til 6;Verdien er utelatt")
                .contains("evaluering.csv;;3;terningkast;;Raden har verken tekst eller terningkast;Raden er forkastet")
                .contains("evaluering.csv;;5;terningkast;4;\"Respondent «R3» har et annet terningkast her enn på linje 4 (5)")
                .contains("forventninger.csv;;2;kommune;;\"Kommune mangler; hver forventning må høre til en kommune\"")
                .contains("risiko.csv;;2;risikofaktor;Tidsbruk;Ukjent risikofaktor. Kjente: Manglende engasjement")
                .contains("risiko.csv;;3;vurdering;0;Vurderingen må være et helt tall fra 1 (liten risiko) til 10")
                .contains("risiko.csv;;1;kommentar;;\"Ukjent kolonne, ignorert")
                .contains("samling.csv;;4;felt;farge;Ukjent felt")
                .contains("samling.csv;;5;verdi;31.02.2013;Ugyldig dato")
                .contains("samling.csv;;6;verdi;En annen tittel;\"Feltet «tittel» er gitt før");
        assertThat(deviations.lines().count()).isEqualTo(11);
        String pdf = pdfText(folder.resolve("utenfor.pdf"));
        assertThat(pdf).contains("15 rader lest, 9 brukt, 6 forkastet. 10 avvik")
                .contains("GJENNOMSNITTLIG TERNINGKAST: 6,00");
        try (Workbook workbook = Reports.workbook(folder.resolve("utenfor.xlsx"))) {
            Sheet avvik = workbook.getSheet("Avvik");
            assertThat(avvik.getLastRowNum()).isEqualTo(10);
            int row = rowStarting(avvik, "evaluering.csv");
            assertThat(cell(avvik, row, 2)).isEqualTo("2");
            assertThat(cell(avvik, row, 3)).isEqualTo("terningkast");
            assertThat(cell(avvik, row, 4)).isEqualTo("fire");
            // a statement that looks like a formula stays text
            Sheet data = workbook.getSheet("Data");
            Cell link = null;
            for (var r : data) {
                Cell c = r.getCell(9);
                if (c != null && c.getStringCellValue().startsWith("=HYPERLINK")) {
                    link = c;
                }
            }
            assertThat(link).isNotNull();
            assertThat(link.getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void shouldRejectUnreadableFilesClearlyAndStillReportTheOtherGatherings() throws Exception {
        Runs runs = new Runs(dir).given("seed", "bad/mangler-kolonne", "bad/med-ukjent-fil", "bad/ikke-arbeidsbok.xlsx",
                "bad/regneark.ods", "bad/Thumbs.db");

        Runs.Result result = runs.run();

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out())
                .contains("seed-drammen: 10 respondenter")
                .contains("mangler-kolonne: AVVIST: Fant ingen brukbare data")
                .contains("forventninger.csv: Mangler kolonnen «forventning». Påkrevd: kommune og forventning")
                .contains("ikke-arbeidsbok: AVVIST")
                .contains("ikke-arbeidsbok.xlsx: Filen er ikke en Excel-arbeidsbok som kan leses")
                .contains("Ikke lest: regneark.ods: OpenDocument-regneark (.ods) leses ikke")
                .contains("med-ukjent-fil: 0 respondenter, 10 rader brukt")
                .contains("notater.docx: Ukjent fil i samlingsmappen")
                .doesNotContain("Thumbs.db");
        assertThat(result.all()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(runs.output().resolve("seed-drammen/seed-drammen.pdf")).exists();
        assertThat(runs.output().resolve("mangler-kolonne")).doesNotExist();
        assertThat(pdfText(runs.output().resolve("med-ukjent-fil/med-ukjent-fil.pdf")))
                .contains("notater.docx (avvist)").contains("Ingen tilbakemeldinger i grunnlaget.");
    }

    @Test
    void shouldLeaveInputsUntouchedAndRedoNothingWhenRunAgainOnUnchangedInput() throws Exception {
        Runs runs = new Runs(dir).given("seed", "bad/rader");
        Map<String, String> before = fingerprints(runs.input());
        assertThat(runs.run().status()).isZero();
        Path pdf = runs.output().resolve("seed-drammen/seed-drammen.pdf");
        FileTime written = Files.getLastModifiedTime(pdf);

        Runs.Result again = runs.run();

        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("seed-drammen: uendret siden").contains("ingenting gjort")
                .contains("utenfor: uendret siden")
                .contains("(0 rapportert, 2 uendret, 0 avvist, 0 feilet)");
        assertThat(Files.getLastModifiedTime(pdf)).isEqualTo(written);
        assertThat(fingerprints(runs.input())).isEqualTo(before);
    }

    @Test
    void shouldReportAFreshVersionWhenAFileChangesByContentButNotByTime() throws Exception {
        Runs runs = new Runs(dir).given("seed");
        runs.run();
        Path evaluation = runs.input().resolve("seed/evaluering.csv");

        // touching the file is not a change
        Files.setLastModifiedTime(evaluation, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertThat(runs.run().out()).contains("seed-drammen: uendret siden");

        // one more respondent giving a 1 is: (48 + 1) / 11
        Files.writeString(evaluation, "R11;Meland;Generell gjennomføring;;;For lite tid;1\r\n",
                Charset.forName("windows-1252"), StandardOpenOption.APPEND);
        Runs.Result changed = runs.run();

        assertThat(changed.status()).isZero();
        assertThat(changed.out()).contains("seed-drammen: 11 respondenter, 60 rader brukt");
        assertThat(pdfText(runs.output().resolve("seed-drammen/seed-drammen.pdf")))
                .contains("GJENNOMSNITTLIG TERNINGKAST: 4,45 (Skala fra 1-6)")
                .contains("(6 av 11)");
    }

    @Test
    void shouldFailTheGatheringClearlyWithoutMarkingItDoneWhenReportsCannotBeWrittenAndRetryItNextRun() throws Exception {
        // given an output folder the gathering's folder cannot be made in (as root, a read-only mode would not stop us)
        Runs runs = new Runs(dir).given("seed");
        Path notAFolder = Files.writeString(dir.resolve("output-file"), "x");

        // when
        Runs.Result result = Runs.execute("--input=" + runs.input(), "--output=" + notAFolder, "--state=" + runs.state());

        // then
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).contains("seed-drammen: FEILET: Rapportene kunne ikke skrives i")
                .contains("en fil står der mappen skal være")
                .contains("Samlingen er ikke markert som ferdig og tas på nytt ved neste kjøring.");
        assertThat(result.all()).doesNotContain("\tat ");
        assertThat(Files.readString(runs.state().resolve("samlingsrapport.log"))).contains("FileSystemException");

        // and when the way is clear, the next run restarts it and reports it
        Files.delete(notAFolder);
        Runs.Result retried = Runs.execute("--input=" + runs.input(), "--output=" + notAFolder, "--state=" + runs.state());
        assertThat(retried.status()).isZero();
        assertThat(retried.out()).contains("seed-drammen: 10 respondenter, 59 rader brukt");
        assertThat(pdfText(notAFolder.resolve("seed-drammen/seed-drammen.pdf"))).contains("GJENNOMSNITTLIG TERNINGKAST: 4,80");
    }

    @Test
    void shouldSayWhatIsWrongWhenTheInputDoesNotExist() {
        Runs.Result result = new Runs(dir).run();

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.all()).contains("Inndata finnes ikke");
    }

    private static Map<String, String> fingerprints(Path folder) throws Exception {
        Map<String, String> prints = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                prints.put(folder.relativize(file).toString(), Hashing.sha256(file) + "@" + Files.getLastModifiedTime(file));
            }
        }
        return prints;
    }
}
