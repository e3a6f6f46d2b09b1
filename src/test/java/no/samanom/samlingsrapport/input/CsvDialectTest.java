package no.samanom.samlingsrapport.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDialectTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void shouldDetectWindows1252WhenTheFileIsNotValidUtf8() throws Exception {
        Path file = write("kommune;forventning\r\nØrland;Få innspill\r\n", WINDOWS_1252, false);
        assertThat(CsvDialect.detect(file)).isEqualTo(new CsvDialect(WINDOWS_1252, ';', false, 0, null));
    }

    @Test
    void shouldDetectWindows1252EvenWhenTheFirstSpecialLetterIsFarDown() throws Exception {
        String text = "kommune;forventning\r\n" + "Bjugn;Gode ideer\r\n".repeat(5000) + "Karmøy;Inspirasjon\r\n";
        assertThat(CsvDialect.detect(write(text, WINDOWS_1252, false)).charset()).isEqualTo(WINDOWS_1252);
    }

    @Test
    void shouldDetectUtf8WithAndWithoutByteOrderMark() throws Exception {
        assertThat(CsvDialect.detect(write("kommune,forventning\nØrland,Profilering\n", StandardCharsets.UTF_8, false)))
                .isEqualTo(new CsvDialect(StandardCharsets.UTF_8, ',', false, 0, null));
        assertThat(CsvDialect.detect(write("kommune\tforventning\nØrland\tProfilering\n", StandardCharsets.UTF_8, true)))
                .isEqualTo(new CsvDialect(StandardCharsets.UTF_8, '\t', false, 3, null));
    }

    @Test
    void shouldPreferTheDelimiterThatSplitsEveryLineAlike() throws Exception {
        // commas inside the text must not win over the semicolons that split the columns
        String text = "kommune;forventning;tema\nStrand;Kommunikasjon, internt og eksternt;Kommunikasjon\n"
                + "Meland;\"Profilering; media\";Kommunikasjon\n";
        assertThat(CsvDialect.detectDelimiter(new StringReader(text))).isEqualTo(';');
        assertThat(CsvDialect.detectDelimiter(new StringReader("terningkast\n5\n"))).isEqualTo(';');
    }

    @Test
    void shouldReadQuotedLineBreaksAndKeepTrueLineNumbersWithoutTheByteOrderMark() throws Exception {
        Path file = write("respondent;forbedring\r\nR1;\"Mer tid\r\ntil drøfting\"\r\n\r\nR2;Større rom\r\n",
                StandardCharsets.UTF_8, true);
        try (TableSource source = CsvTableSource.open(Tables.ref(file, null))) {
            assertThat(source.header()).containsExactly("respondent", "forbedring");
            List<RawRow> rows = new ArrayList<>();
            for (RawRow row = source.next(); row != null; row = source.next()) {
                rows.add(row);
            }
            assertThat(rows).extracting(RawRow::line).containsExactly(2, 5);
            assertThat(rows.get(0).cell(1)).isEqualTo("Mer tid\r\ntil drøfting");
            assertThat(rows.get(1).cells()).containsExactly("R2", "Større rom");
        }
    }

    @Test
    void shouldRejectAnEmptyFileWithAMessage() throws Exception {
        Path file = dir.resolve("tom.csv");
        Files.createFile(file);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvTableSource.open(Tables.ref(file, null)))
                .isInstanceOf(InputFileException.class).hasMessage("Filen er tom.");
    }

    private Path write(String text, Charset charset, boolean bom) throws Exception {
        Path file = Files.createTempFile(dir, "t", ".csv");
        byte[] body = text.getBytes(charset);
        byte[] content = bom ? concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body) : body;
        Files.write(file, content);
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
