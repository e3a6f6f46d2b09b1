package no.samanom.samlingsrapport.report;

import static no.samanom.samlingsrapport.support.Reports.cell;
import static no.samanom.samlingsrapport.support.Reports.outline;
import static no.samanom.samlingsrapport.support.Reports.pdfText;
import static no.samanom.samlingsrapport.support.Reports.rowStarting;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.samanom.samlingsrapport.support.Reports;
import no.samanom.samlingsrapport.support.Runs;

/**
 * The parts of the original summary beyond its four tables, read back from the PDF text and the
 * workbook cells: the programme, the project presentations and the next gathering. The fixture's
 * programme writes its times four ways (0900, 09:30, 10.45 and 0,5 of a day), has a break that
 * starts before the item before it has ended, and an item whose duration disagrees with its end;
 * one evaluation parameter names an item only after folding case and accents.
 */
class ProgrammeFunctionalTests {

    private static final String ID = "program-drammen";

    @TempDir
    Path dir;

    @Test
    void shouldShowTheProgrammeAsATimetablePerDayAndEachParameterWithItsItem() throws Exception {
        Runs runs = new Runs(dir).given("program");

        Runs.Result result = runs.run();

        assertThat(result.status()).isZero();
        // 13 samling lines (one of them two themes), 9 programme items, 5 evaluation and 3 project rows
        assertThat(result.out()).contains(ID + ": 3 respondenter, 30 rader brukt, 0 forkastet, 2 avvik");
        Path pdf = runs.output().resolve(ID + "/" + ID + ".pdf");
        String text = pdfText(pdf);
        assertThat(text).containsSubsequence(
                "Oppsummering – Omdømmesamling i Drammen",
                "Program", "Samlingen time for time. Pauser og måltider står i grått.",
                "Søndag 16. september 2012", "Tid Programpunkt Foredragsholder",
                "09.00–09.30 Velkommen og program Sissel Hansen, KRD", // 0900 and a duration of 30 minutes
                "09.30–11.00 Byvandring og ordførerens foredrag Ordføreren i Drammen, Drammen kommune",
                "10.45–11.00 Pause", // written 10.45: it overlaps the walk, and is shown where it was written
                "11.00–12.00 Presentasjoner av prosjekt: Strand, Ørland • 5 minutter per kommune",
                "12.00–13.00 Lunsj", // written 0,5: half a day
                "14.45–15.45 Forskningsseminar • Gruppen får 5 minutter til å finne case. • Deretter deler gruppen "
                        + "erfaringer (10 min). • Så forsker gruppen på sitt case (20 min).",
                "Mandag 17. september 2012",
                "09.00–10.20 Gevinstrealisering Seniorrådgiver Einar Holand, RO",
                "10.20–10.40 Pause med utsjekk", "13.00 Lunsj og avrunding",
                "Forventninger",
                "Tilbakemelding",
                "Generell gjennomføring • God teknisk gjennomføring",
                // the parameter is written in capitals without ø: the same item after folding case and accents
                "BYVANDRING OG ORDFORERENS FOREDRAG søndag 09.30–11.00 · Ordføreren i Drammen, Drammen kommune",
                "Dyktige foredragsholdere • Rasende dyktig foredragsholder", // names no item: as before
                "Gevinstrealisering. mandag 09.00–10.20 · Seniorrådgiver Einar Holand, RO",
                "GJENNOMSNITTLIG TERNINGKAST: 5,00");
        assertThat(outline(pdf)).containsExactly("Oppsummering – Omdømmesamling i Drammen", "  Program",
                "  Forventninger", "  Presentasjoner av prosjekt", "  Tilbakemelding", "  Terningkast",
                "  Hvor ligger den største risiko?", "  Neste samling", "  Datagrunnlag");
        String deviations = Files.readString(runs.output().resolve(ID + "/" + ID + "-avvik.csv"));
        assertThat(deviations)
                .contains("program.csv;;4;start;10:45;\"Punktet overlapper «Byvandring og ordførerens foredrag» "
                        + "(program.csv, linje 3, 09:30–11:00)")
                .contains("program.csv;;7;varighet;30;\"Varigheten stemmer ikke med start og slutt (14:45–15:45 er 60 "
                        + "minutter); sluttiden brukes\";Verdien er utelatt");
    }

    @Test
    void shouldShowThePresentationsInTheProgrammesOrderAndTheNextGatheringLast() throws Exception {
        Runs runs = new Runs(dir).given("program");
        runs.run();

        String text = pdfText(runs.output().resolve(ID + "/" + ID + ".pdf"));

        // the programme names Strand, then Ørland; Bjugn, first in the table, comes after them
        assertThat(text).containsSubsequence(
                "Presentasjoner av prosjekt",
                "Kommune STATUS (Fremdrift og forventet avslutning) FORANKRING (Hvor og hvordan er prosjektet forankret?)",
                "Strand • Omdømmeplan vedtatt • Kommunikasjonsstrategi på høring • Politisk og administrativt",
                "Ørland • I rute Forventet avslutning: 31. desember 2013 • Kommunestyret • Manglende lederstøtte",
                "Bjugn • Prosjektgruppen er satt sammen Forventet avslutning: våren 2014",
                "Tilbakemelding",
                "Neste samling", "3. samling · 18.–19. mars 2013 · Ørland",
                "• Bjugn kommune går sammen med Ørland kommune i «nettverk omdømme»",
                "Tema:", "• Prosjektjobbing", "• Mer tid til erfaringsutveksling, refleksjon og drøfting", "• Forankring",
                "Datagrunnlag");
    }

    @Test
    void shouldGiveTheWorkbookTheSameSectionsWithTimesAsTimeCells() throws Exception {
        Runs runs = new Runs(dir).given("program");
        runs.run();

        try (Workbook workbook = Reports.workbook(runs.output().resolve(ID + "/" + ID + ".xlsx"))) {
            assertThat(workbook.getSheetIndex("Program")).isEqualTo(1);
            assertThat(workbook.getSheetIndex("Prosjekter")).isEqualTo(workbook.getSheetIndex("Forventninger") + 1);
            Sheet programme = workbook.getSheet("Program");
            assertThat(cell(programme, 1, 0)).isEqualTo("Søndag 16. september 2012");
            assertThat(cell(programme, 3, 1)).isEqualTo("09:30");
            assertThat(cell(programme, 3, 2)).isEqualTo("11:00");
            assertThat(cell(programme, 3, 3)).isEqualTo("Byvandring og ordførerens foredrag");
            assertThat(cell(programme, 3, 5)).isEqualTo("Drammen kommune");
            assertThat(programme.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(9.5 / 24);
            assertThat(cell(programme, 4, 3)).isEqualTo("Pause");
            assertThat(grey(programme, 4, 3)).isTrue(); // a break is lighter than the items around it
            assertThat(grey(programme, 3, 3)).isFalse();
            assertThat(cell(programme, 6, 6)).isEqualTo("Måltid");
            assertThat(cell(programme, 8, 0)).isEqualTo("Mandag 17. september 2012");

            Sheet evaluation = workbook.getSheet("Evaluering");
            int walk = rowStarting(evaluation, "BYVANDRING OG ORDFORERENS FOREDRAG\nsøndag 09.30–11.00 · Ordføreren i "
                    + "Drammen, Drammen kommune");
            assertThat(walk).isPositive();
            assertThat(rowStarting(evaluation, "Dyktige foredragsholdere")).isPositive();

            Sheet projects = workbook.getSheet("Prosjekter");
            assertThat(cell(projects, 1, 0)).isEqualTo("Strand");
            assertThat(cell(projects, 2, 0)).isEqualTo("Ørland");
            assertThat(cell(projects, 2, 2)).isEqualTo("31.12.2013");
            assertThat(cell(projects, 3, 2)).isEqualTo("våren 2014");
            assertThat(cell(projects, 1, 1)).isEqualTo("• Omdømmeplan vedtatt\n• Kommunikasjonsstrategi på høring");

            Sheet overview = workbook.getSheet("Oppsummering");
            assertThat(cell(overview, rowStarting(overview, "Neste samling"), 1)).isEqualTo("3. samling · 18.–19. mars 2013 · Ørland");
            assertThat(cell(overview, rowStarting(overview, "Tema neste samling"), 1))
                    .isEqualTo("Prosjektjobbing, Mer tid til erfaringsutveksling, refleksjon og drøfting, Forankring");
        }
    }

    @Test
    void shouldWriteTheNewSectionsInNynorskAndEnglish() throws Exception {
        Runs english = new Runs(dir.resolve("en")).given("program");
        english.run("--language=en");
        assertThat(pdfText(english.output().resolve(ID + "/" + ID + ".pdf"))).containsSubsequence(
                "Programme", "Sunday 16 September 2012", "Time Item Speaker", "09:30–11:00 Byvandring",
                "Project presentations", "Expected completion: 31 December 2013",
                "BYVANDRING OG ORDFORERENS FOREDRAG Sunday 09:30–11:00",
                "Next gathering", "Gathering 3 · 18–19 March 2013 · Ørland", "Themes:");
        Runs nynorsk = new Runs(dir.resolve("nn")).given("program");
        nynorsk.run("--language=nn");
        assertThat(pdfText(nynorsk.output().resolve(ID + "/" + ID + ".pdf"))).containsSubsequence(
                "Program", "Samlinga time for time.", "Tid Programpunkt Føredragshaldar",
                "Presentasjonar av prosjekt", "Venta avslutning: 31. desember 2013", "Neste samling");
    }

    private static boolean grey(Sheet sheet, int row, int column) {
        XSSFCellStyle style = (XSSFCellStyle) sheet.getRow(row).getCell(column).getCellStyle();
        byte[] rgb = style.getFont().getXSSFColor() == null ? null : style.getFont().getXSSFColor().getRGB();
        return rgb != null && rgb[0] == 0x55 && rgb[1] == 0x55 && rgb[2] == 0x55;
    }
}
