package no.samanom.samlingsrapport.report.pdf;

import static no.samanom.samlingsrapport.support.Reports.outline;
import static no.samanom.samlingsrapport.support.Reports.pdfText;
import static no.samanom.samlingsrapport.support.Reports.structure;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.samanom.samlingsrapport.support.Reports;
import no.samanom.samlingsrapport.support.Runs;

/** The PDF as the archive and its readers get it: content, structure, metadata, languages, branding. */
class PdfReportFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void shouldReadLikeTheSeedsSummaryWithEverySectionInOrder() throws Exception {
        Runs runs = new Runs(dir).given("seed");

        assertThat(runs.run().status()).isZero();

        Path pdf = runs.output().resolve("seed-drammen/seed-drammen.pdf");
        String text = pdfText(pdf);
        assertThat(text).containsSubsequence(
                "Saman om ein betre kommune",
                "Oppsummering – Omdømmesamling i Drammen",
                "Nettverk: Omdømme · 2. samling · 16.–17. september 2012 · Drammen",
                "Tema: Omdømmebygging, Byutvikling og kommunikasjon",
                "Forventninger", "Følgende forventninger ble kartlagt i forkant:", "Kommune Forventninger",
                "Ørland • Få innspill til forankringsarbeidet i hele organisasjonen • Profilering",
                "Tema i forventningene", "Kommunikasjon 3",
                "Tilbakemelding", "PARAMETER SPESIFIKK TILBAKEMELDING (Hva fungerte bra) SUKSESSKRITERIER (Hvorfor) "
                        + "MULIGE FORBEDRINGSPUNKT (Hva kunne vært bedre, og hvordan)",
                "Generell gjennomføring • God teknisk gjennomføring (4 av 10)",
                "• Mer tid til erfaringsutveksling, refleksjon og drøfting (6 av 10)",
                "Terningkast", "GJENNOMSNITTLIG TERNINGKAST: 4,80 (Skala fra 1-6)",
                "10 respondenter ga terningkast; medianen er 5.",
                "Hvor ligger den største risiko?", "Størst risiko: Prioritering av tid (snitt 7,50).",
                "Risikofaktor Antall Snitt Median", "Prioritering av tid 4 7,50 7,5", "Dårlig forankring 3 7,33 7",
                "Risiko per kommune", "Datagrunnlag", "59 rader lest, 59 brukt, 0 forkastet. 0 avvik.",
                "evaluering.csv");
        assertThat(text).contains("Side 1 av ").doesNotContain("Side 0");
    }

    @Test
    void shouldTagHeadingsTablesListsAndFiguresInReadingOrder() throws Exception {
        Runs runs = new Runs(dir).given("seed");
        runs.run();
        Path pdf = runs.output().resolve("seed-drammen/seed-drammen.pdf");

        List<String> structure = structure(pdf);

        assertThat(structure.get(0)).isEqualTo("Document");
        assertThat(structure.get(1)).isEqualTo("Figure: Logo: Kommunal- og regionaldepartementet");
        assertThat(structure.stream().filter(e -> e.matches("H[1-3]")).toList())
                .containsExactly("H1", "H2", "H3", "H2", "H2", "H2", "H3", "H2");
        // title, then the sections in order, as the outline names them
        assertThat(outline(pdf)).containsExactly("Oppsummering – Omdømmesamling i Drammen", "  Forventninger",
                "  Tilbakemelding", "  Terningkast", "  Hvor ligger den største risiko?", "  Datagrunnlag");
        // every table opens with a row of column headers
        for (int i = 0; i < structure.size(); i++) {
            if (structure.get(i).equals("Table")) {
                assertThat(structure.get(i + 1)).isEqualTo("TR");
                assertThat(structure.get(i + 2)).isEqualTo("TH/Column");
            }
        }
        assertThat(structure).filteredOn(e -> e.equals("Table")).hasSize(6);
        // bullets are lists: L, LI, Lbl, LBody
        assertThat(String.join(" ", structure)).contains("TD L LI Lbl LBody LI Lbl LBody");
        assertThat(structure).anySatisfy(e -> assertThat(e).startsWith("Figure: Søylediagram over terningkastene fra 1 til 6: "
                + "1: 0, 2: 0, 3: 0, 4: 3, 5: 6, 6: 1. Gjennomsnitt 4,80 av 10 respondenter."));
        assertThat(structure).anySatisfy(e -> assertThat(e).startsWith("Figure: Liggende søylediagram over gjennomsnittlig "
                + "risiko per faktor på skalaen 1 til 10. Størst: Prioritering av tid 7,50"));
    }

    @Test
    void shouldDescribeItselfInTheMetadata() throws Exception {
        Runs runs = new Runs(dir).given("seed");
        runs.run();

        try (PDDocument document = Reports.load(runs.output().resolve("seed-drammen/seed-drammen.pdf"))) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Oppsummering – Omdømmesamling i Drammen");
            assertThat(info.getAuthor()).isEqualTo("Kommunal- og regionaldepartementet");
            assertThat(info.getSubject()).isEqualTo("Oppsummering av samling i nettverket Omdømme");
            assertThat(info.getKeywords()).contains("terningkast");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nb-NO");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>",
                    "<pdfuaid:part>1</pdfuaid:part>", "Omdømmesamling i Drammen");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            assertThat(document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.MARK_INFO)).isNotNull();
        }
    }

    @Test
    void shouldShowSmallGroupsOnlyInTheTotals() throws Exception {
        // Ørland has two risk respondents, Bjugn and Strand one each: all under the default threshold of 3
        Runs runs = new Runs(dir).given("seed");
        runs.run();
        String text = pdfText(runs.output().resolve("seed-drammen/seed-drammen.pdf"));
        assertThat(text).contains("Ørland (færre enn 3 svar)", "Bjugn (færre enn 3 svar)",
                "Kommuner med færre enn 3 svar vises ikke enkeltvis, men er med i gjennomsnittene over.",
                "Prioritering av tid 4 7,50"); // all four ratings count in the mean
        assertThat(text).doesNotContain("8,50"); // Ørland's own mean for time: (8 + 9) / 2

        // a network that allows groups of two sees Ørland's figures
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("profil.properties"), "smaagruppe.grense=2\n");
        Runs other = new Runs(dir.resolve("andre")).given("seed");
        assertThat(other.run("--templates=" + templates).status()).isZero();
        String shown = pdfText(other.output().resolve("seed-drammen/seed-drammen.pdf"));
        assertThat(shown).contains("Ørland 3,50 8,50 6,50", "Bjugn (færre enn 2 svar)");
    }

    @Test
    void shouldWriteNynorskAndEnglishAndLetAGatheringChooseItsOwnLanguage() throws Exception {
        Path nn = seedReport("nn", "--language=nn");
        assertThat(pdfText(nn)).contains("GJENNOMSNITTLEG TERNINGKAST: 4,80 (Skala frå 1-6)", "Forventningar",
                "Kvar ligg den største risikoen?", "16.–17. september 2012", "(6 av 10)");
        assertThat(language(nn)).isEqualTo("nn-NO");

        Path en = seedReport("en", "--language=en");
        assertThat(pdfText(en)).contains("AVERAGE DIE SCORE: 4.80 (Scale 1-6)", "16–17 September 2012",
                "Greatest risk: Prioritering av tid (average 7.50).", "(6 of 10)", "Page 1 of");
        assertThat(language(en)).isEqualTo("en");

        // the gathering's own `språk` wins over the command line
        Runs own = new Runs(dir.resolve("own")).given("seed");
        Files.writeString(own.input().resolve("seed/samling.csv"), "språk;nynorsk\r\n", Charset.forName("windows-1252"),
                StandardOpenOption.APPEND);
        assertThat(own.run("--language=en").status()).isZero();
        assertThat(pdfText(own.output().resolve("seed-drammen/seed-drammen.pdf"))).contains("GJENNOMSNITTLEG TERNINGKAST");
    }

    private Path seedReport(String folder, String... args) throws Exception {
        Runs runs = new Runs(dir.resolve(folder)).given("seed");
        assertThat(runs.run(args).status()).isZero();
        return runs.output().resolve("seed-drammen/seed-drammen.pdf");
    }

    private static String language(Path pdf) throws Exception {
        try (PDDocument document = Reports.load(pdf)) {
            return document.getDocumentCatalog().getLanguage();
        }
    }

    @Test
    void shouldDrawTheWholeLogoInEveryReportOfARun() throws Exception {
        // the logo is decoded once and copied into each document; every copy must be the whole image
        Runs runs = new Runs(dir).given("seed", "program");

        assertThat(runs.run().status()).isZero();

        try (Stream<Path> files = Files.walk(runs.output())) {
            List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
            assertThat(pdfs).hasSizeGreaterThanOrEqualTo(2);
            for (Path pdf : pdfs) {
                try (PDDocument document = Reports.load(pdf)) {
                    PDResources resources = document.getPage(0).getResources();
                    List<String> images = new ArrayList<>();
                    for (COSName name : resources.getXObjectNames()) {
                        if (resources.getXObject(name) instanceof PDImageXObject image) {
                            images.add(image.getWidth() + "x" + image.getHeight());
                        }
                    }
                    assertThat(images).as(pdf.toString()).containsExactly("720x180");
                }
            }
        }
    }

    @Test
    void shouldTakeBrandingAndTextsFromTheTemplatesFolder() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("profil.properties"), """
                organisasjon=Testdepartementet
                logo=
                farge.aksent=#006400
                """);
        Files.writeString(templates.resolve("tekster_nb.properties"),
                "intro.expectations=Dette skrev kommunene før samlingen:\n", StandardCharsets.UTF_8);
        Runs runs = new Runs(dir).given("seed");

        assertThat(runs.run("--templates=" + templates).status()).isZero();

        Path pdf = runs.output().resolve("seed-drammen/seed-drammen.pdf");
        assertThat(pdfText(pdf)).contains("Dette skrev kommunene før samlingen:")
                .doesNotContain("Følgende forventninger ble kartlagt i forkant:");
        assertThat(structure(pdf)).noneMatch(e -> e.startsWith("Figure: Logo"));
        try (PDDocument document = Reports.load(pdf)) {
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Testdepartementet");
        }
    }

    @Test
    void shouldKeepALargeGatheringReadableByCappingStatementsPerCell() throws Exception {
        // 12 parameters, 60 respondents, every statement different: 60 statements per cell
        Path gathering = Files.createDirectories(dir.resolve("input/stor"));
        List<String> lines = new ArrayList<>(List.of("respondent;parameter;fungerte_bra;hvorfor;forbedring;terningkast"));
        for (int r = 1; r <= 60; r++) {
            for (int p = 1; p <= 12; p++) {
                lines.add("R" + r + ";Parameter " + p + ";Bra ting nummer " + r + " om punkt " + p
                        + ";Fordi " + r + ";Bedre " + r + ";" + (1 + r % 6));
            }
        }
        Files.write(gathering.resolve("evaluering.csv"), lines, StandardCharsets.UTF_8);
        Runs runs = new Runs(dir);

        assertThat(runs.run().status()).isZero();

        Path pdf = runs.output().resolve("stor/stor.pdf");
        assertThat(pdfText(pdf)).contains("… og 52 andre utsagn (se arbeidsboken)");
        try (PDDocument document = Reports.load(pdf)) {
            // 720 rows, 2,160 statements: a few pages, not a hundred
            assertThat(document.getNumberOfPages()).isBetween(3, 12);
        }
    }

    @Test
    void shouldContinueARowTallerThanAPageOnTheNextPageWithoutLosingText() throws Exception {
        Path gathering = Files.createDirectories(dir.resolve("input/lang"));
        String essay = "Vi ønsket mer tid til erfaringsutveksling mellom kommunene og med fagfolk. ".repeat(60) + "SLUTT";
        List<String> lines = new ArrayList<>(List.of("respondent;parameter;fungerte_bra;forbedring"));
        for (int r = 1; r <= 8; r++) {
            lines.add("R" + r + ";Generelt;Kort og godt;\"" + essay.replace("SLUTT", "SLUTT" + r) + "\"");
        }
        Files.write(gathering.resolve("evaluering.csv"), lines, StandardCharsets.UTF_8);
        Runs runs = new Runs(dir);

        assertThat(runs.run().status()).isZero();

        Path pdf = runs.output().resolve("lang/lang.pdf");
        assertThat(pdfText(pdf)).contains("SLUTT1", "SLUTT8");
        try (PDDocument document = Reports.load(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
        }
    }

    @Test
    void shouldGiveTheSameContentForTheSameInput() throws Exception {
        Runs first = new Runs(dir.resolve("a")).given("seed");
        Runs second = new Runs(dir.resolve("b")).given("seed");
        first.run();
        second.run();

        Path a = first.output().resolve("seed-drammen/seed-drammen.pdf");
        Path b = second.output().resolve("seed-drammen/seed-drammen.pdf");
        assertThat(pdfText(a)).isEqualTo(pdfText(b));
        assertThat(structure(a)).isEqualTo(structure(b));
    }
}
