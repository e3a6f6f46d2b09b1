package no.samanom.samlingsrapport.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableSourceTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void shouldRejectTheLineWhereAQuoteOpensAndNeverClosesAndReadTheRest() throws Exception {
        Path file = write("respondent;kommune;terningkast\r\n"
                + "R01;Ørland;5\r\n"
                + "R02;\"Bjugn;4\r\n" // the quote opens here and is never closed
                + "R03;Strand;5\r\n"
                + "R04;Strand;6\r\n"
                + "\r\n"
                + "R05;Karmøy;3\r\n");
        List<RawRow> rows = rows(file, null);
        assertThat(rows).extracting(RawRow::line).containsExactly(2, 3, 4, 5, 7);
        RawRow broken = rows.get(1);
        assertThat(broken.problem()).contains("åpnes på linje 3 og lukkes aldri", "de 4 linjene etter",
                "lesingen fortsetter");
        assertThat(broken.cell(0)).isEqualTo("R02;\"Bjugn;4");
        assertThat(rows.get(2).cells()).containsExactly("R03", "Strand", "5");
        assertThat(rows.get(4).cells()).containsExactly("R05", "Karmøy", "3");
    }

    @Test
    void shouldReadEachLineInTheEncodingItIsValidInWhenAByteOrderMarkPrecedesWindows1252() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = "kommune;forventning\r\nKarmøy;Inspirasjon\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] cp1252 = "Ørland;Få innspill\r\nKarmøy;Profilering\r\n".getBytes(WINDOWS_1252);
        Path file = dir.resolve("forventninger.csv");
        Files.write(file, concat(bom, utf8, cp1252));
        try (TableSource source = CsvTableSource.open(Tables.ref(file, null))) {
            assertThat(source.notes()).singleElement().asString()
                    .contains("merket som UTF-8", "linje 3, 4 er ikke gyldig UTF-8", "lest som Windows-1252");
            assertThat(source.next().cells()).containsExactly("Karmøy", "Inspirasjon");
            assertThat(source.next().cells()).containsExactly("Ørland", "Få innspill");
            assertThat(source.next().cells()).containsExactly("Karmøy", "Profilering");
        }
    }

    @Test
    void shouldRefuseAFileWhoseContentIsNotTheOneFingerprintedWhenItsEndIsReached() throws Exception {
        Path file = write("kommune;forventning\nØrland;Profilering\n");
        TableRef ref = new TableRef(Kind.FORVENTNINGER, file.toString(), "forventninger.csv", null, Hashing.sha256(file));
        try (TableSource source = CsvTableSource.open(ref)) {
            Files.writeString(file, "Bjugn;Inspirasjon\n", StandardOpenOption.APPEND);
            assertThat(source.next().cells()).containsExactly("Ørland", "Profilering");
            assertThat(source.next().cells()).containsExactly("Bjugn", "Inspirasjon");
            assertThatThrownBy(source::next).isInstanceOf(InputChangedException.class)
                    .hasMessageContaining("forventninger.csv ble endret mens jobben leste den");
        }
        TableRef unchanged = new TableRef(Kind.FORVENTNINGER, file.toString(), "forventninger.csv", null,
                Hashing.sha256(file));
        assertThat(rows(file, unchanged)).hasSize(2);
    }

    @Test
    void shouldNeverOpenALinkOrAPipe() throws Exception {
        Path target = write("kommune;forventning\nØrland;Profilering\n");
        Path link = Files.createSymbolicLink(dir.resolve("lenke.csv"), target);
        assertThatThrownBy(() -> CsvTableSource.open(Tables.ref(link, null))).isInstanceOf(InputFileException.class)
                .hasMessageContaining("symbolsk lenke");
        Path pipe = dir.resolve("ror.csv");
        new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor();
        assertThatThrownBy(() -> CsvTableSource.open(Tables.ref(pipe, null))).isInstanceOf(InputFileException.class)
                .hasMessageContaining("ikke en vanlig fil");
    }

    private List<RawRow> rows(Path file, TableRef ref) throws Exception {
        List<RawRow> rows = new ArrayList<>();
        try (TableSource source = CsvTableSource.open(ref != null ? ref : Tables.ref(file, null))) {
            for (RawRow row = source.next(); row != null; row = source.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private Path write(String text) throws Exception {
        Path file = Files.createTempFile(dir, "t", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
