package no.samanom.samlingsrapport.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashingTest {

    @TempDir
    Path folder;

    /** The hash kept for a settled file must not outlive its content, even with size and time put back. */
    @Test
    void aFileRewrittenWithTheSameSizeAndModificationTimeIsHashedAgain() throws Exception {
        Path file = folder.resolve("evaluering.csv");
        Files.writeString(file, "kommune;terningkast\r\nBergen;5\r\n", StandardCharsets.ISO_8859_1);
        FileTime modified = Files.getLastModifiedTime(file);
        Thread.sleep(2_100); // older than the settling time, so that its hash is kept
        String first = Hashing.sha256(file);
        assertEquals(first, Hashing.sha256(file));

        Files.writeString(file, "kommune;terningkast\r\nBergen;6\r\n", StandardCharsets.ISO_8859_1);
        Files.setLastModifiedTime(file, modified);

        assertNotEquals(first, Hashing.sha256(file));
    }
}
