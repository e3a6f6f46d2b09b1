package no.samanom.samlingsrapport.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputScannerTest {

    private static final RiskFactors FACTORS = RiskFactors.of("Prioritering av tid");

    @TempDir
    Path input;

    @Test
    void shouldFindWorkbooksFoldersNetworkFoldersAndNestedGatheringsAndExplainEveryOtherFile() throws Exception {
        workbook(input.resolve("samling-a.xlsx"), "Forventninger", "Notater");
        write("samling-b/forventninger.csv", "kommune;forventning\nBjugn;Inspirasjon\n");
        write("samling-b/Thumbs.db", "x");
        write("samling-b/notater.docx", "x");
        write("omdomme/forankring.csv", "kommune;dato;fase\nBjugn;18.03.2013;Aksept\n");
        write("omdomme/2013/samling-c/evaluering.csv", "terningkast\n5\n");
        write("loes.txt", "x");
        write(".skjult.csv", "x");

        InputScanner.Scan scan = new InputScanner(FACTORS, input).scan(input);

        assertThat(scan.gatherings()).extracting(GatheringSource::id)
                .containsExactlyInAnyOrder("samling-a", "samling-b", "samling-c");
        assertThat(scan.networks()).extracting(GatheringSource::id).containsExactly("omdomme");
        assertThat(scan.findings()).extracting(Deviation::file).containsExactly("loes.txt");
        GatheringSource a = gathering(scan, "samling-a");
        assertThat(a.tables()).extracting(TableRef::kind).containsExactly(Kind.FORVENTNINGER);
        assertThat(a.findings()).singleElement().satisfies(d -> {
            assertThat(d.sheet()).isEqualTo("Notater");
            assertThat(d.consequence()).isEqualTo(Consequence.NOTE);
        });
        GatheringSource b = gathering(scan, "samling-b");
        assertThat(b.files()).extracting(SourceFile::name).containsExactly("forventninger.csv", "notater.docx");
        assertThat(b.findings()).singleElement().satisfies(d -> assertThat(d.reason()).startsWith("Ukjent fil"));
    }

    @Test
    void shouldTakeTheIdTheGatheringDeclaresAndRejectASecondGatheringWithTheSameId() throws Exception {
        write("x/samling.csv", "felt;verdi\nid;Omdømme 2013/03\n");
        write("x/forventninger.csv", "kommune;forventning\nBjugn;Inspirasjon\n");
        write("y/samling.csv", "felt;verdi\nid;omdømme-2013-03\n");
        write("y/forventninger.csv", "kommune;forventning\nBjugn;Inspirasjon\n");

        InputScanner.Scan scan = new InputScanner(FACTORS, input).scan(input);

        assertThat(scan.gatherings()).extracting(GatheringSource::id).containsExactly("Omdømme-2013-03");
        assertThat(scan.findings()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("y");
            assertThat(d.reason()).contains("er allerede brukt av x");
        });
    }

    @Test
    void shouldChangeTheFingerprintWithAFilesContentOrNameButNotItsTime() throws Exception {
        Path file = write("g/forventninger.csv", "kommune;forventning\nBjugn;Inspirasjon\n");
        InputScanner scanner = new InputScanner(FACTORS, input);
        String first = scanner.scanOne(input.resolve("g")).fingerprint();

        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(scanner.scanOne(input.resolve("g")).fingerprint()).isEqualTo(first);
        Files.writeString(file, "kommune;forventning\nBjugn;Profilering\n");
        assertThat(scanner.scanOne(input.resolve("g")).fingerprint()).isNotEqualTo(first);
    }

    @Test
    void shouldFollowTheNamedInputButNoLinkInsideIt(@TempDir Path elsewhere) throws Exception {
        Files.writeString(elsewhere.resolve("forventninger.csv"), "kommune;forventning\nBjugn;Inspirasjon\n");
        Path named = Files.createSymbolicLink(input.resolve("valgt"), elsewhere);

        assertThat(new InputScanner(FACTORS, named).scan(named).gatherings()).hasSize(1);
        InputScanner.Scan inside = new InputScanner(FACTORS, input).scan(input);
        assertThat(inside.gatherings()).isEmpty();
        assertThat(inside.findings()).singleElement().satisfies(d -> assertThat(d.reason()).contains("symbolsk lenke"));
        assertThatThrownBy(() -> new InputScanner(FACTORS, input.resolve("mangler")).scan(input.resolve("mangler")))
                .isInstanceOf(InputFileException.class).hasMessageContaining("Inndata finnes ikke");
    }

    private static GatheringSource gathering(InputScanner.Scan scan, String id) {
        return scan.gatherings().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    private Path write(String name, String content) throws Exception {
        Path file = input.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static void workbook(Path file, String... sheets) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (String sheet : sheets) {
                workbook.createSheet(sheet).createRow(0).createCell(0).setCellValue(sheet.equals("Forventninger")
                        ? "kommune" : "Husk kaffe");
            }
            workbook.getSheet("Forventninger").getRow(0).createCell(1).setCellValue("forventning");
            workbook.write(out);
        }
    }
}
