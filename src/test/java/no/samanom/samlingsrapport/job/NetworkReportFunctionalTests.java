package no.samanom.samlingsrapport.job;

import static no.samanom.samlingsrapport.support.Reports.cell;
import static no.samanom.samlingsrapport.support.Reports.pdfText;
import static no.samanom.samlingsrapport.support.Reports.rowStarting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.samanom.samlingsrapport.support.Reports;
import no.samanom.samlingsrapport.support.Runs;

/**
 * The development report from three gatherings of one network (the seed's dates) with anchoring
 * and result indicators, some in the gatherings and some in the network's own folder, run
 * through the command line. Every figure is checked against a hand computation.
 */
class NetworkReportFunctionalTests {

    private static final String PDF = "nettverk-omdomme/omdomme-utvikling.pdf";
    private static final String XLSX = "nettverk-omdomme/omdomme-utvikling.xlsx";

    @TempDir
    Path dir;

    @Test
    void shouldReportTheNetworkOverItsGatheringsWithTrendsAsComputedByHand() throws Exception {
        // given three gatherings of Omdømme and the network's own folder
        Runs runs = new Runs(dir).given("nettverk");

        // when
        Runs.Result result = runs.run();

        // then
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("nettverk Omdømme: utviklingsrapport over 3 samlinger; skrev "
                + "nettverk-omdomme/omdomme-utvikling.pdf, nettverk-omdomme/omdomme-utvikling.xlsx");
        String pdf = pdfText(runs.output().resolve(PDF));
        assertThat(pdf)
                .contains("Utviklingsrapport – Omdømme")
                .contains("3 samlinger · 16.–17. februar 2012 – 18.–19. mars 2013")
                // die scores: (4 + 5 + 3) / 3 = 4,00; (5 + 5 + 4 + 6) / 4 = 5,00; (6 + 5 + 5) / 3 = 5,33;
                // the change from first to latest 5,33 − 4,00 = 1,33
                .contains("Terningkast: 4,00 ved første samling, 5,33 ved siste (▲ +1,33).")
                .contains("4,00 (n=3)").contains("5,00 (n=4)").contains("5,33 (n=3)")
                .contains("1. samling (februar 2012) 16.–17. februar 2012 3 3 4,00")
                // "Mer tid til erfaringsutveksling" and its variants with a full stop, lower case and a double
                // space are one improvement point: 2 of 3 at the first gathering, 1 of 4, then 2 of 3
                .contains("Mer tid til erfaringsutveksling • 1. samling (februar 2012) (2 av 3) "
                        + "• 2. samling (september 2012) (1 av 4) • 3. samling (mars 2013) (2 av 3)")
                .contains("Bedre mat • 1. samling (februar 2012) (1 av 3) • 2. samling (september 2012) (1 av 4)")
                // risk, first (gathering 1) against latest (gathering 3; gathering 2 has none):
                // Prioritering av tid (8 + 6 + 7 + 4) / 4 = 6,25 → (5 + 6 + 4 + 3) / 4 = 4,50, change −1,75;
                // Dårlig forankring (9 + 8 + 7) / 3 = 8,00 → 6 = 6,00, change −2,00
                .contains("Prioritering av tid 6,25 4,50 ▼ −1,75")
                .contains("Dårlig forankring 8,00 6,00 ▼ −2,00")
                // Ørland's own: (8 + 6 + 7) / 3 = 7,00 → (5 + 6 + 4) / 3 = 5,00; Bjugn has one respondent
                .contains("7,00 → 5,00 ▼ −2,00")
                .contains("Bjugn (færre enn 3 svar)")
                // anchoring: phase or step in any case, with or without accents; Gamvik only in the network folder
                .contains("Forankring nå: 1 Bevissthet, 1 Aksept, 1 Eierskap.")
                .contains("Bjugn Aksept (Engasjement) • 16. februar 2012: Aksept • 18. mars 2013: Aksept (Engasjement)")
                .contains("Gamvik Bevissthet (Bevissthet) • 1. desember 2012: Bevissthet (Bevissthet)")
                .contains("Ørland Eierskap (Forpliktelse) • 16. februar 2012: Bevissthet (Interesse) – Prosjektgruppen "
                        + "er satt sammen • 16. september 2012: Aksept (Forståelse) • 18. mars 2013: Eierskap (Forpliktelse)")
                // indicators: Ørland's 78,5 of March 2013 against the next target, 80 in March 2015: 78,5 − 80 = −1,5;
                // Bjugn's 4,8 against its 4,5 of the same date: +0,3, reached
                // 78,5 is in RepTrak's band from 70 to 80 (templates/indikatorbaand.csv): "Godt omdømme", as the seed says
                .contains("Ørland 78,5 — Godt omdømme (1. mars 2013) 80 (1. mars 2015) −1,5 ikke nådd Reputation Institute, "
                        + "Ønsket omdømme")
                .contains("Bånd (Reputation Institute, RepTrak): fra 0 Dårlig omdømme, fra 40 Svakt omdømme, fra 60 "
                        + "Gjennomsnittlig omdømme, fra 70 Godt omdømme, fra 80 Fremragende omdømme.")
                .contains("Bjugn 4,8 (1. oktober 2012) 4,5 (1. oktober 2012) 0,3 nådd Bedrekommune.no")
                .contains("Resultatmål: 1 av 2 nådd ved siste måling.")
                .contains("Skala: 0-100")
                // expectations per municipality and gathering
                .contains("Bjugn 1. samling (februar 2012) • Bli kjent")
                .contains("Bjugn 3. samling (mars 2013) • Samarbeid med Ørland")
                // 2 + 1 + 2 anchoring rows in the gatherings and 1 in the folder; 3 + 2 indicator rows;
                // the folder's 5 rows: one bad phase and one bad date rejected
                .contains("6 forankringsrader og 5 resultatrader i alt")
                .contains("Nettverksmappens egne filer: 5 rader lest, 3 brukt, 2 forkastet. 2 avvik");
        try (Workbook workbook = Reports.workbook(runs.output().resolve(XLSX))) {
            Sheet overview = workbook.getSheet("Utvikling");
            int first = rowStarting(overview, "1. samling (februar 2012)");
            assertThat(cell(overview, first, 5)).isEqualTo("4,00");
            assertThat(cell(overview, first + 1, 5)).isEqualTo("5,00");
            assertThat(cell(overview, first + 2, 5)).isEqualTo("5,33");
            assertThat(cell(overview, rowStarting(overview, "Endring"), 1)).isEqualTo("1,33");
            Sheet risk = workbook.getSheet("Risiko");
            // overall first (no municipality), factors in the form's order, only those rated
            assertThat(cell(risk, 1, 0)).isEmpty();
            assertThat(cell(risk, 1, 1)).isEqualTo("Prioritering av tid");
            int row = find(risk, 1, "Prioritering av tid");
            assertThat(cell(risk, row, 2)).isEqualTo("6,25");
            assertThat(cell(risk, row, 3)).isEqualTo("4,50");
            assertThat(risk.getRow(row).getCell(4).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(cell(risk, row, 4)).isEqualTo("−1,75");
            // the live formulas give what the summary cached: 4,50 − 6,25 and 5,33 − 4,00
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(risk.getRow(row).getCell(4)).getNumberValue()).isCloseTo(-1.75, within(1e-9));
            int change = rowStarting(overview, "Endring");
            assertThat(evaluator.evaluate(overview.getRow(change).getCell(1)).getNumberValue()).isCloseTo(1.33, within(1e-9));
            Sheet results = workbook.getSheet("Resultater");
            int orland = find(results, 1, "Ørland");
            assertThat(cell(results, orland, 2)).isEqualTo("78,50");
            assertThat(cell(results, orland, 6)).isEqualTo("−1,50");
            assertThat(cell(results, orland, 7)).isEqualTo("ikke nådd");
            // the band is a formula over the sheet of bands: a changed band table recomputes it
            assertThat(results.getRow(orland).getCell(9).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(cell(results, orland, 9)).isEqualTo("Godt omdømme");
            assertThat(evaluator.evaluate(results.getRow(orland).getCell(9)).getStringValue()).isEqualTo("Godt omdømme");
            Sheet bands = workbook.getSheet("Bånd");
            int good = rowStarting(bands, "Omdømmescore") + 3;
            assertThat(cell(bands, good, 2)).isEqualTo("Godt omdømme");
            bands.getRow(good).getCell(1).setCellValue(79);
            evaluator.clearAllCachedResultValues();
            assertThat(evaluator.evaluate(results.getRow(orland).getCell(9)).getStringValue())
                    .isEqualTo("Gjennomsnittlig omdømme");
            Sheet anchoring = workbook.getSheet("Forankring");
            assertThat(anchoring.getLastRowNum()).isEqualTo(6);
            Sheet deviations = workbook.getSheet("Avvik");
            assertThat(deviations.getLastRowNum()).isEqualTo(2);
            assertThat(cell(deviations, 1, 0) + cell(deviations, 2, 0)).contains("forankring.csv").contains("resultater.csv");
            assertThat(cell(deviations, 1, 5) + " " + cell(deviations, 2, 5)).contains("Ukjent fase").contains("Ugyldig dato");
        }
    }

    @Test
    void shouldRegenerateWhenAGatheringGetsANewVersionAndOtherwiseNot() throws Exception {
        // given a run that made the report
        Runs runs = new Runs(dir).given("nettverk");
        assertThat(runs.run().status()).isZero();
        Path pdf = runs.output().resolve(PDF);
        byte[] before = Files.readAllBytes(pdf);

        // when the same input runs again, then nothing is redone
        Runs.Result again = runs.run();
        assertThat(again.out()).contains("nettverk Omdømme: utviklingsrapporten er uendret siden");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(before);

        // when one gathering gets a new version and only that gathering is run
        Path evaluation = runs.input().resolve("nettverk/samling-2/evaluering.csv");
        Files.writeString(evaluation, Files.readString(evaluation, Charset.forName("windows-1252"))
                .replace("S3;Bjugn;Generelt;;4", "S3;Bjugn;Generelt;;6"), Charset.forName("windows-1252"));
        Runs.Result changed = Runs.execute("--input=" + runs.input().resolve("nettverk/samling-2"),
                "--output=" + runs.output(), "--state=" + runs.state());

        // then the report is made again, over all three gatherings the job has seen and the network
        // folder's files from the earlier run: gathering 2 now (5 + 5 + 6 + 6) / 4 = 5,50
        assertThat(changed.status()).isZero();
        assertThat(changed.out()).contains("nett-2012-09: 4 respondenter")
                .contains("nettverk Omdømme: utviklingsrapport over 3 samlinger; skrev");
        assertThat(pdfText(pdf)).contains("4,00 (n=3)").contains("5,50 (n=4)").contains("5,33 (n=3)")
                .contains("Resultatmål: 1 av 2 nådd ved siste måling.")
                .contains("Gamvik Bevissthet (Bevissthet)");
    }

    @Test
    void shouldWriteTheReportInTheLanguageAsked() throws Exception {
        // given
        Runs runs = new Runs(dir).given("nettverk");

        // when
        Runs.Result result = runs.run("--language=en");

        // then numbers and the ladder follow the language
        assertThat(result.status()).isZero();
        assertThat(pdfText(runs.output().resolve(PDF)))
                .contains("Development report – Omdømme")
                .contains("Die score: 4.00 at the first gathering, 5.33 at the latest (▲ +1.33).")
                .contains("Ørland Ownership (Commitment)")
                .contains("Anchoring now: 1 Awareness, 1 Acceptance, 1 Ownership.");
    }

    @Test
    void shouldReportEveryNetworkAndGatheringWhenANetworkFolderHoldsABadFile() throws Exception {
        // given the network above, and a second network's folder whose only file is not a workbook
        Runs runs = new Runs(dir).given("nettverk");
        Path other = runs.input().resolve("nettverk-annet");
        Files.createDirectories(other);
        Files.writeString(other.resolve("resultater.xlsx"), "ikke en arbeidsbok");

        // when
        Runs.Result result = runs.run();

        // then the bad file is named and the run says a file was rejected, but every report is made
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out())
                .contains("nett-2013-03: 3 respondenter")
                .contains("nettverk Omdømme: utviklingsrapport over 3 samlinger")
                .contains("nettverk nettverk-annet: utviklingsrapport over 0 samlinger; skrev "
                        + "nettverk-annet/annet-utvikling.pdf, nettverk-annet/annet-utvikling.xlsx")
                .contains("    resultater.xlsx")
                .doesNotContain("Exception");
        assertThat(pdfText(runs.output().resolve("nettverk-annet/annet-utvikling.pdf")))
                .contains("Utviklingsrapport – nettverk-annet")
                .contains("Ingen av samlingene har terningkast.")
                .contains("Ingen forankringsdata i grunnlaget.")
                .contains("Ingen resultatindikatorer i grunnlaget.")
                .contains("Nettverksmappens egne filer: 0 rader lest, 0 brukt, 0 forkastet. 1 avvik");
    }

    private static int find(Sheet sheet, int column, String text) {
        for (var row : sheet) {
            if (row.getCell(column) != null && text.equals(cell(sheet, row.getRowNum(), column))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError(text + " not in column " + column + " of " + sheet.getSheetName());
    }
}
