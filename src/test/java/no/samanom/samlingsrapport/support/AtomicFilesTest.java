package no.samanom.samlingsrapport.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void shouldReplaceTheTargetOnlyWhenTheWholeFileIsWritten() throws Exception {
        Path target = dir.resolve("rapport.pdf");
        AtomicFiles.write(target, out -> out.write("første".getBytes()));

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("halv".getBytes());
            throw new IOException("disken er full");
        })).hasMessage("disken er full");

        assertThat(target).hasContent("første");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void shouldKeepTheStreamOpenWhenAWriterClosesIt() throws Exception {
        Path target = dir.resolve("a/b.txt");
        AtomicFiles.write(target, out -> {
            out.write('x');
            out.close(); // OpenPDF does this
        });
        assertThat(target).hasContent("x");
    }

    @Test
    void shouldRemoveTemporaryFilesAKilledRunLeftBehind() throws Exception {
        Files.writeString(dir.resolve(".rapport.pdf.tmp-1234"), "halv");
        Files.writeString(dir.resolve("rapport.pdf"), "hel");
        AtomicFiles.removeLeftovers(dir);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("rapport.pdf"));
        }
    }
}
